package io.sportello.ticket;

import java.time.Instant;

/**
 * Published by the live chat (intake): an agent's first answer ended a customer's wait ({@code at}: when the agent
 * wrote). The ticket itself does not change.
 */
public record ChatAnswered(Long ticketId, Instant at) {
}
