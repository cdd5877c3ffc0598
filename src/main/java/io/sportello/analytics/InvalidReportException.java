package io.sportello.analytics;

/** A report asked for with a field that cannot be used; names the field. */
public class InvalidReportException extends IllegalArgumentException {

    private final String field;

    public InvalidReportException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
