package io.sportello.workflow;

/**
 * What kind of work a task is, as its model says with {@code camunda:formKey}: the workspace offers the ticket
 * actions on {@link #HANDLE_TICKET}, a plain "done" on the others.
 */
@org.springframework.modulith.NamedInterface("runtime")
public enum WorkKind {
    /** Working the ticket at its tier: reply, escalate, wait for the customer, resolve. */
    HANDLE_TICKET("sportello:handle-ticket"),
    /** A supervisor's follow-up (an unhappy customer's survey answer…): done when completed. */
    FOLLOW_UP("sportello:follow-up"),
    /** Checking the desk's reading of a new ticket it was not sure of, before triage: done when checked. */
    CHECK_TRIAGE("sportello:check-triage"),
    /** Any other task a process owner models: done when completed. */
    OTHER(null);

    private final String formKey;

    WorkKind(String formKey) {
        this.formKey = formKey;
    }

    /** The {@code camunda:formKey} that marks a user task as this kind. */
    public String formKey() {
        return formKey;
    }

    public static WorkKind ofFormKey(String formKey) {
        for (WorkKind kind : values()) {
            if (kind.formKey != null && kind.formKey.equals(formKey)) {
                return kind;
            }
        }
        return OTHER;
    }
}
