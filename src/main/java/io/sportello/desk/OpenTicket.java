package io.sportello.desk;

import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Sentiment;

/**
 * A request to open a ticket: the customer's handle on the channel (e-mail address, phone number, social
 * handle), the first message, and what intake knows about it.
 */
public record OpenTicket(Channel channel, String customerHandle, String customerName, String subject, String message,
                         Category category, String orderNumber, String language, Sentiment sentiment,
                         String idempotencyKey) {
}
