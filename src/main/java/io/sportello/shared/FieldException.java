package io.sportello.shared;

/** A request field is missing or wrong; REST answers 400 naming the field. */
public class FieldException extends RuntimeException {

    private final String field;

    public FieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
