package io.sportello.workflow;

import java.time.Instant;

/**
 * An open task as agents see it: which ticket, which step ({@code taskKey}, e.g. {@code Task_HandleTicket}) and what
 * kind of work it is, the group that may work it, who has claimed it, and when it is due (the SLA escalation
 * deadline).
 */
@org.springframework.modulith.NamedInterface("runtime")
public record WorkItem(String id, Long ticketId, String taskKey, WorkKind kind, String name, String candidateGroup,
                       String assignee, Instant createdAt, Instant dueAt) {

    /** Whether this is the task of working the ticket at its tier. */
    public boolean handlesTicket() {
        return kind == WorkKind.HANDLE_TICKET;
    }
}
