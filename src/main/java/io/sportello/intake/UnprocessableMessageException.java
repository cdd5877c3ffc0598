package io.sportello.intake;

/** The payload cannot be turned into a ticket message (malformed MIME, no sender, bad JSON); it becomes a dead letter. */
class UnprocessableMessageException extends RuntimeException {

    UnprocessableMessageException(String reason) {
        super(reason);
    }

    UnprocessableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
