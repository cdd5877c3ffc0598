package io.sportello.ticket;

import io.sportello.shared.Actor;
import io.sportello.shared.Channel;

/**
 * Published when a message was stored on a ticket. Reactions (outbound delivery, live chat, analytics) run after the
 * commit, each in its own transaction, recorded in the event publication registry until done.
 */
public record TicketMessageAdded(Long ticketId, String ticketNumber, Long messageId, Channel channel,
                                 Direction direction, Visibility visibility, Actor.Kind authorKind,
                                 java.time.Instant createdAt) {

    /** A reply a person on the desk wrote for the customer to read. */
    public boolean isPublicAgentReply() {
        return direction == Direction.OUTBOUND && visibility == Visibility.PUBLIC && authorKind == Actor.Kind.USER;
    }
}
