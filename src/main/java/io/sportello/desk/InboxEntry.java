package io.sportello.desk;

import io.sportello.shared.Channel;
import io.sportello.sla.SlaClock;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.WorkItem;
import java.time.Instant;

/**
 * One inbox line as an agent reads it: the task, what its ticket is about, who wrote, and the ticket's SLA clock
 * ({@code null} when it has none; {@code slaPaused} while the desk waits for the customer).
 */
public record InboxEntry(WorkItem item, Long ticketId, String number, String subject, Channel channel, Category category,
                         Priority priority, Tier tier, TicketStatus status, Instant ticketCreatedAt, String customer,
                         SlaClock sla, boolean slaPaused) {
}
