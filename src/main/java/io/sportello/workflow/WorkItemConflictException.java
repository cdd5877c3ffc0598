package io.sportello.workflow;

import io.sportello.shared.RuleViolationException;

/**
 * A task action lost against someone else's: already claimed by another agent ({@link #claimedBy()}), or the
 * task is gone because the ticket changed meanwhile (completed, escalated on breach). REST answers 409.
 */
@org.springframework.modulith.NamedInterface("runtime")
public class WorkItemConflictException extends RuleViolationException {

    private final String claimedBy;

    public WorkItemConflictException(String rule, String message, String claimedBy) {
        super(rule, message);
        this.claimedBy = claimedBy;
    }

    public static WorkItemConflictException alreadyClaimed(String taskId, String by) {
        return new WorkItemConflictException("ALREADY_CLAIMED", "Task " + taskId + " is already claimed by " + by, by);
    }

    public static WorkItemConflictException gone(String taskId) {
        return new WorkItemConflictException("TASK_GONE",
                "Task " + taskId + " is no longer open: the ticket changed meanwhile (completed, escalated or closed)", null);
    }

    public String claimedBy() {
        return claimedBy;
    }
}
