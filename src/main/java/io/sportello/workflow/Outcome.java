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
    /**
     * A person corrected the ticket's category, priority or language: the tier work ends and triage runs again
     * (priority, tier and SLA targets per the policy).
     */
    RETRIAGE,
    /** A person checked the desk's reading of a new ticket (and corrected it where it was wrong). */
    CHECKED,
    AUTO_CLOSED
}
