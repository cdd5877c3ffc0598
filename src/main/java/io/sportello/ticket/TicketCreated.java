package io.sportello.ticket;

/** Published when a new ticket (not an idempotent repeat) has been stored. */
public record TicketCreated(Long ticketId, String number) {
}
