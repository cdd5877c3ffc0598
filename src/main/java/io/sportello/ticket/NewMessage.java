package io.sportello.ticket;

import io.sportello.shared.Channel;
import java.util.List;

/** A message to add to a ticket's thread. {@code channel} null means the ticket's own channel. */
public record NewMessage(Channel channel, Direction direction, Visibility visibility, String bodyText, String bodyHtml,
                         String externalId, List<Attachment> attachments, HistoryReason deskNote) {

    public NewMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public NewMessage(Channel channel, Direction direction, Visibility visibility, String bodyText, String bodyHtml,
                      String externalId, List<Attachment> attachments) {
        this(channel, direction, visibility, bodyText, bodyHtml, externalId, attachments, null);
    }

    /**
     * An internal note the desk writes itself: stored as a code and arguments ({@code note.CODE} in the bundles),
     * told in the reading agent's language; {@code english} is what readers without the bundles (API, search) see.
     */
    public static NewMessage deskNote(HistoryReason note, String english) {
        return new NewMessage(null, Direction.OUTBOUND, Visibility.INTERNAL, english, null, null, List.of(), note);
    }

    public static NewMessage fromCustomer(Channel channel, String text) {
        return new NewMessage(channel, Direction.INBOUND, Visibility.PUBLIC, text, null, null, List.of());
    }

    public static NewMessage publicReply(String text) {
        return new NewMessage(null, Direction.OUTBOUND, Visibility.PUBLIC, text, null, null, List.of());
    }

    public static NewMessage internalNote(String text) {
        return new NewMessage(null, Direction.OUTBOUND, Visibility.INTERNAL, text, null, null, List.of());
    }
}
