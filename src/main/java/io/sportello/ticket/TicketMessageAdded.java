package io.sportello.ticket;

import io.sportello.shared.Actor;
import io.sportello.shared.Channel;

/**
 * Published inside the transaction that stored a message, so that listeners (outbound delivery, live chat)
 * can act on it in the same transaction or after it commits.
 */
public record TicketMessageAdded(Long ticketId, String ticketNumber, Long messageId, Channel channel,
                                 Direction direction, Visibility visibility, Actor.Kind authorKind) {

    /** A reply a person on the desk wrote for the customer to read. */
    public boolean isPublicAgentReply() {
        return direction == Direction.OUTBOUND && visibility == Visibility.PUBLIC && authorKind == Actor.Kind.USER;
    }
}
