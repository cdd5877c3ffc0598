package io.sportello.workflow;

/** Published after a task was created, claimed, unclaimed, completed or removed, for live inboxes. */
public record WorkItemChanged(String workItemId, Long ticketId, String candidateGroup, String assignee, Change change) {

    public enum Change { CREATED, ASSIGNED, COMPLETED, DELETED }
}
