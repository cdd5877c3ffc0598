package io.sportello.workflow;

/** The person may not act on this task: it belongs to another group, or someone else has claimed it. REST answers 403. */
@org.springframework.modulith.NamedInterface("runtime")
public class WorkItemForbiddenException extends RuntimeException {

    private final String rule;

    public WorkItemForbiddenException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
