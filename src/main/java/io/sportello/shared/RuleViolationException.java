package io.sportello.shared;

/**
 * An action that breaks a business rule in the current state, e.g. resolving a closed ticket.
 * {@code rule} is a stable code clients can test for, {@code arguments} what its text needs (the bundles'
 * {@code error.rule.CODE}, rendered where a person reads it); the message is the server's own English explanation for
 * logs and API clients. The REST layer answers 409.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;
    private final java.util.List<Object> arguments;

    public RuleViolationException(String rule, String message, Object... arguments) {
        super(message);
        this.rule = rule;
        this.arguments = java.util.List.of(arguments);
    }

    public String rule() {
        return rule;
    }

    public java.util.List<Object> arguments() {
        return arguments;
    }
}
