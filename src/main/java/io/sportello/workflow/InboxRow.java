package io.sportello.workflow;

import io.sportello.ticket.Ticket;

/** One inbox line: the task and the ticket it is about. */
public record InboxRow(WorkItem item, Ticket ticket) {
}
