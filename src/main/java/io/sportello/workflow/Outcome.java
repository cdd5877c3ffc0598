package io.sportello.workflow;

/**
 * How an agent finishes work on a ticket's task. {@code AUTO_CLOSED} is set by the process itself when a
 * customer never answered.
 */
@org.springframework.modulith.NamedInterface("runtime")
public enum Outcome {
    /** Replied and keeps working: the same agent gets the next task. */
    REPLY,
    /** Hands the ticket to a higher tier with a reason. */
    ESCALATE,
    /** Waits for the customer: the SLA clock pauses, a reminder and auto-close follow. */
    PEND,
    /** Resolved: the reopen window and the CSAT survey follow. */
    RESOLVE,
    AUTO_CLOSED
}
