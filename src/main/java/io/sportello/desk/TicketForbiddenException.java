package io.sportello.desk;

/**
 * The person may read the ticket but not do this to it (it is at another tier, or the action needs a supervisor).
 * {@code rule} is a stable code; the REST layer answers 403.
 */
public class TicketForbiddenException extends RuntimeException {

    public static final String NOT_AT_YOUR_TIER = "NOT_AT_YOUR_TIER";
    public static final String SUPERVISOR_ONLY = "SUPERVISOR_ONLY";

    private final String rule;

    public TicketForbiddenException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
