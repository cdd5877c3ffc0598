package io.sportello.desk;

import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItemForbiddenException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one person may do with one ticket now, and for each action they may not, why (a rule code the screens
 * translate, and an English reason for logs and API clients). One answer serves the workspace (which buttons show),
 * the REST API (which requests are refused, and the list it offers) and the desk's commands (which check it first,
 * so a refused action changes nothing).
 */
public final class AllowedActions {

    /** Why an action is not possible: a rule code and an English reason. */
    public record Refusal(String rule, String reason, boolean forbidden) {
    }

    private final Ticket ticket;
    private final WorkItem task;
    private final Set<DeskAction> allowed = EnumSet.noneOf(DeskAction.class);
    private final Map<DeskAction, Refusal> refused = new EnumMap<>(DeskAction.class);

    private final WorkItem checkTask;

    AllowedActions(Ticket ticket, WorkItem task, WorkItem checkTask) {
        this.ticket = ticket;
        this.task = task;
        this.checkTask = checkTask;
    }

    void allow(DeskAction action, boolean condition, String rule, String reason) {
        if (condition) {
            allowed.add(action);
            refused.remove(action);
        } else if (!refused.containsKey(action)) {
            refused.put(action, new Refusal(rule, reason, false));
        }
    }

    void forbid(DeskAction action, String rule, String reason) {
        allowed.remove(action);
        refused.put(action, new Refusal(rule, reason, true));
    }

    public Ticket ticket() {
        return ticket;
    }

    /** The ticket's open handling task, if it has one. */
    public Optional<WorkItem> task() {
        return Optional.ofNullable(task);
    }

    /** The ticket's open check of the desk's reading, if it has one. */
    public Optional<WorkItem> checkTask() {
        return Optional.ofNullable(checkTask);
    }

    public boolean allows(DeskAction action) {
        return allowed.contains(action);
    }

    public Set<DeskAction> allowed() {
        return Collections.unmodifiableSet(allowed);
    }

    public Optional<Refusal> refusal(DeskAction action) {
        return Optional.ofNullable(refused.get(action));
    }

    /** Throws what refuses {@code action}, unless it is allowed. */
    public void require(DeskAction action) {
        if (allows(action)) {
            return;
        }
        Refusal r = refused.getOrDefault(action, new Refusal("NOT_ALLOWED", action + " is not possible now", false));
        if (r.forbidden()) {
            throw new WorkItemForbiddenException(r.rule(), r.reason());
        }
        throw new RuleViolationException(r.rule(), r.reason());
    }

    /** The open handling task {@code action} works on; refused as {@link #require} would. */
    public WorkItem requireTask(DeskAction action) {
        require(action);
        if (task == null) {
            throw new RuleViolationException("NO_OPEN_TASK", "Ticket " + ticket.getNumber() + " has no open task");
        }
        return task;
    }
}
