package io.sportello.workflow;

/**
 * Published inside the transaction after a task was created, claimed, released, updated (a new deadline, moved to
 * another step by a migration), completed or removed — with the task as it now is (as it was, when it is gone), so
 * read models and live inboxes need not read it back; a change of hands also says who held it before.
 */
@org.springframework.modulith.NamedInterface("runtime")
public record WorkItemChanged(WorkItem item, Change change, String previousAssignee) {

    public WorkItemChanged(WorkItem item, Change change) {
        this(item, change, null);
    }

    @org.springframework.modulith.NamedInterface("runtime")
    public enum Change { CREATED, ASSIGNED, UPDATED, COMPLETED, DELETED }

    public String workItemId() {
        return item.id();
    }

    public Long ticketId() {
        return item.ticketId();
    }

    public String candidateGroup() {
        return item.candidateGroup();
    }

    public String assignee() {
        return item.assignee();
    }

    /** Whether the task no longer exists. */
    public boolean gone() {
        return change == Change.COMPLETED || change == Change.DELETED;
    }
}
