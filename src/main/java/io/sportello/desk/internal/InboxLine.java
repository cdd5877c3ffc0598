package io.sportello.desk.internal;

import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the inbox read model: an open task together with the fields of its ticket that the inbox shows, filters
 * and searches on. Owned by the desk, which composes tickets and work; kept in step by {@link InboxProjection}.
 */
@Entity
@Table(name = "inbox_line")
public class InboxLine {

    @Id
    private String workItemId;
    private Long ticketId;
    private String taskKey;
    @Enumerated(EnumType.STRING)
    private WorkKind kind;
    private String taskName;
    private String candidateGroup;
    private String assignee;
    private Instant taskCreatedAt;
    private Instant dueAt;

    private String ticketNumber;
    private String subject;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private Instant ticketCreatedAt;
    private Long customerId;
    private String orderNumber;

    protected InboxLine() {
    }

    InboxLine(WorkItem item, Ticket ticket) {
        this.workItemId = item.id();
        work(item);
        ticket(ticket);
    }

    /** The task's side changed (claimed, released, new deadline, moved to another step). */
    void work(WorkItem item) {
        this.ticketId = item.ticketId();
        this.taskKey = item.taskKey();
        this.kind = item.kind();
        this.taskName = item.name();
        this.candidateGroup = item.candidateGroup();
        this.assignee = item.assignee();
        this.taskCreatedAt = item.createdAt();
        this.dueAt = item.dueAt();
    }

    /** The ticket's side changed. */
    void ticket(Ticket t) {
        this.ticketNumber = t.getNumber();
        this.subject = t.getSubject();
        this.channel = t.getChannel();
        this.priority = t.getPriority();
        this.category = t.getCategory();
        this.tier = t.getTier();
        this.status = t.getStatus();
        this.ticketCreatedAt = t.getCreatedAt();
        this.customerId = t.getCustomerId();
        this.orderNumber = t.getOrderNumber();
    }

    public WorkItem workItem() {
        return new WorkItem(workItemId, ticketId, taskKey, kind, taskName, candidateGroup, assignee, taskCreatedAt, dueAt);
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getSubject() {
        return subject;
    }

    public Channel getChannel() {
        return channel;
    }

    public Priority getPriority() {
        return priority;
    }

    public Category getCategory() {
        return category;
    }

    public Tier getTier() {
        return tier;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Instant getTicketCreatedAt() {
        return ticketCreatedAt;
    }

    public Long getCustomerId() {
        return customerId;
    }
}
