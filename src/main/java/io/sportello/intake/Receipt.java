package io.sportello.intake;

/**
 * What became of an inbound message.
 *
 * @param duplicate true when the same message (same dedupe key) had been received before: nothing was done twice
 */
public record Receipt(Long inboundId, InboundStatus status, String ticketNumber, String reason, boolean duplicate) {

    static Receipt of(InboundMessage m, boolean duplicate) {
        return new Receipt(m.getId(), m.getStatus(), m.getTicketNumber(), m.getReason(), duplicate);
    }
}
