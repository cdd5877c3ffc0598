package io.sportello.shared;

/**
 * An action that breaks a business rule in the current state, e.g. resolving a closed ticket.
 * {@code rule} is a stable code clients can test for; the REST layer answers 409.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
