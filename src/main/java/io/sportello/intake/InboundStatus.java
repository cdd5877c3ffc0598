package io.sportello.intake;

/** Where a stored inbound message stands. */
public enum InboundStatus {
    /** Stored, not yet turned into a ticket message (or the node crashed meanwhile: the sweeper picks it up). */
    RECEIVED,
    /** On a ticket. */
    PROCESSED,
    /** Deliberately not turned into a ticket: auto-reply, bounce, mailing list, honeypot. Kept with the reason. */
    IGNORED,
    /** Could not be processed: a dead letter, kept with the raw payload and the reason until retried. */
    FAILED
}
