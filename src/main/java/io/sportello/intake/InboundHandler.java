package io.sportello.intake;

/**
 * Turns one kind of stored inbound message into a ticket or a message on a ticket, inside the transaction that
 * marks it processed. Throws {@link UnprocessableMessageException} for payloads that can never work.
 */
interface InboundHandler {

    boolean handles(String source);

    Outcome handle(InboundMessage message);

    /** Processed onto {@code ticketNumber}, or deliberately ignored for {@code reason}. */
    record Outcome(boolean ignored, String ticketNumber, String reason) {

        static Outcome onTicket(String ticketNumber) {
            return new Outcome(false, ticketNumber, null);
        }

        static Outcome ignored(String reason) {
            return new Outcome(true, null, reason);
        }
    }
}
