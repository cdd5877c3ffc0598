package io.sportello.commerce;

/**
 * A shop or carrier event that cannot be applied: a required field is missing or malformed, or it names a parcel or
 * order the desk does not know (yet). The message starts with the field ({@code "tracking_number: …"}) so that the
 * caller can name it; intake keeps the raw event as a dead letter to retry.
 */
public class UnreadableCommerceEventException extends RuntimeException {

    private final String field;

    public UnreadableCommerceEventException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
