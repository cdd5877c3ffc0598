package io.sportello.ticket;

/**
 * Published inside the transaction for every entry written to a ticket's history, with the tier the ticket has at
 * that moment — so that read models (the analytics facts) can follow the ticket without polling.
 */
public record TicketChanged(Long ticketId, TicketEventType type, Tier tier) {
}
