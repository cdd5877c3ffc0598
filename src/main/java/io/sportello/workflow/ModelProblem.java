package io.sportello.workflow;

/**
 * Something in a model that would fail or misbehave at run time. {@code code} names the kind of problem
 * (the UI translates it as {@code studio.problem.<code>}); {@code elementId} is the element concerned, if any;
 * {@code detail} is the offending value (a bean name, a group, a parser message).
 */
@org.springframework.modulith.NamedInterface("studio")
public record ModelProblem(Code code, String elementId, String detail) {

    @org.springframework.modulith.NamedInterface("studio")
    public enum Code {
        /** The file is not a readable BPMN/DMN model. */
        PARSE_ERROR,
        /** The model holds no executable process or no decision. */
        NO_DEFINITION,
        /** A service task or listener names a bean that does not exist. */
        UNKNOWN_DELEGATE,
        /** A service task is not bound by a delegate expression. */
        NOT_A_DELEGATE_EXPRESSION,
        /** A user task offers work to a group that is no known team. */
        UNKNOWN_GROUP,
        /** A user task has no candidate group nor assignee, so nobody would see it. */
        NO_CANDIDATES,
        /** The process or decision sets no history time to live. */
        MISSING_HISTORY_TTL,
        /** An SLA timer does not wait for a deadline computed by Sportello. */
        SLA_TIMER_NOT_COMPUTED,
        /** A message event uses a message name no part of Sportello sends. */
        UNKNOWN_MESSAGE,
        /** The engine refused the model (its own validation). */
        ENGINE_REJECTED,
        /** An element type the desk does not run (script tasks, multi-instance, signals, data objects, …). */
        NOT_ALLOWED_ELEMENT,
        /** An engine attribute the desk does not offer to models. */
        NOT_ALLOWED_ATTRIBUTE,
        /** An expression other than the few exact forms the desk allows (bean names, deadlines, plain conditions). */
        NOT_ALLOWED_EXPRESSION,
        /** A value that is neither a literal of the expected form (date, ISO duration, number) nor allowed. */
        NOT_ALLOWED_VALUE,
        /** A script (script task, script listener, script condition or input/output script). */
        SCRIPT_NOT_ALLOWED,
        /** A Java class named in the model (delegate class, listener class, variable mapping class). */
        CLASS_NOT_ALLOWED,
        /** The history time to live is shorter than the desk keeps history ({@code detail}: "days/minimum"). */
        HISTORY_TTL_TOO_SHORT,
        /** A decision table expression in another language than FEEL. */
        NOT_FEEL,
        /** The file holds another kind of model than the one expected ({@code detail}: the kind found). */
        WRONG_KIND,
        /** A deployment resource that is no BPMN or DMN model (CMMN, forms, scripts, …). */
        UNSUPPORTED_RESOURCE
    }

    @Override
    public String toString() {
        return code + (elementId != null ? " at " + elementId : "") + (detail != null ? ": " + detail : "");
    }
}
