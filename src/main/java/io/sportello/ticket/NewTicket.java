package io.sportello.ticket;

import io.sportello.shared.Channel;
import java.util.List;

/** What is needed to open a ticket: the customer's first message and what intake knows about it. */
public record NewTicket(Long customerId, Channel channel, String subject, Category category, String language,
                        String orderNumber, Sentiment sentiment, String bodyText, String bodyHtml, String externalId,
                        List<Attachment> attachments, String idempotencyKey) {

    public NewTicket {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        sentiment = sentiment == null ? Sentiment.NEUTRAL : sentiment;
        category = category == null ? Category.OTHER : category;
    }
}
