package io.sportello.workflow.internal;

import io.sportello.workflow.WorkItem;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read model row of one open user task, kept in step by {@link WorkItemProjection}. */
@Entity
@Table(name = "work_item")
public class WorkItemRecord {

    @Id
    private String id;
    private Long ticketId;
    private String processInstanceId;
    private String taskKey;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private io.sportello.workflow.WorkKind kind;
    private String name;
    private String candidateGroup;
    private String assignee;
    private Instant createdAt;
    private Instant dueAt;

    protected WorkItemRecord() {
    }

    WorkItemRecord(String id, Long ticketId, String processInstanceId, String taskKey, io.sportello.workflow.WorkKind kind,
                   String name, String candidateGroup, String assignee, Instant createdAt, Instant dueAt) {
        this.kind = kind;
        this.id = id;
        this.ticketId = ticketId;
        this.processInstanceId = processInstanceId;
        this.taskKey = taskKey;
        this.name = name;
        this.candidateGroup = candidateGroup;
        this.assignee = assignee;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
    }

    void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    /** After a migration moved the task to another element of a newer version. */
    void moved(String taskKey, io.sportello.workflow.WorkKind kind, String name) {
        this.taskKey = taskKey;
        this.kind = kind;
        this.name = name;
    }

    void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public String getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    Instant getDueAt() {
        return dueAt;
    }

    public String getAssignee() {
        return assignee;
    }

    WorkItem toWorkItem() {
        return new WorkItem(id, ticketId, taskKey, kind, name, candidateGroup, assignee, createdAt, dueAt);
    }
}
