package io.sportello.desk;

import io.sportello.shared.Channel;
import io.sportello.ticket.Attachment;
import io.sportello.ticket.Category;
import io.sportello.ticket.Sentiment;
import java.util.List;

/**
 * A request to open a ticket: the customer's handle on the channel (e-mail address, phone number, social
 * handle), the first message, and what intake knows about it.
 *
 * @param messageHtml the message's HTML as received (sanitised when stored), or null
 * @param externalId  the message's id on its channel (e-mail Message-ID…), or null
 */
public record OpenTicket(Channel channel, String customerHandle, String customerName, String subject, String message,
                         Category category, String orderNumber, String language, Sentiment sentiment,
                         String idempotencyKey, String messageHtml, String externalId, List<Attachment> attachments) {

    public OpenTicket {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OpenTicket(Channel channel, String customerHandle, String customerName, String subject, String message,
                      Category category, String orderNumber, String language, Sentiment sentiment,
                      String idempotencyKey) {
        this(channel, customerHandle, customerName, subject, message, category, orderNumber, language, sentiment,
                idempotencyKey, null, null, List.of());
    }
}
