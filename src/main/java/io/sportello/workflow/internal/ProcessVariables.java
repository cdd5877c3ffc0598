package io.sportello.workflow.internal;

import io.sportello.sla.SlaDeadlines;
import io.sportello.ticket.Tier;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads and writes of the ticket process variables. */
final class ProcessVariables {

    private ProcessVariables() {
    }

    static Long ticketId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.TICKET_ID)).longValue();
    }

    static Tier tier(VariableScope scope) {
        return Tier.valueOf((String) scope.getVariable(Vars.TIER));
    }

    /** Sets the ticket's tier and the group its handling task is offered to. */
    static void tier(VariableScope scope, Tier tier) {
        scope.setVariable(Vars.TIER, tier.name());
        scope.setVariable(Vars.TIER_GROUP, tier.group());
    }

    /** Who acted last (see {@link Vars#LAST_ACTOR}); the system when nobody is named. */
    static io.sportello.shared.Actor actor(VariableScope scope) {
        String id = string(scope, Vars.LAST_ACTOR);
        String name = string(scope, Vars.LAST_ACTOR_NAME);
        if (id == null || id.isBlank()) {
            return io.sportello.shared.Actor.system();
        }
        return id.startsWith("customer:")
                ? new io.sportello.shared.Actor(io.sportello.shared.Actor.Kind.CUSTOMER, id, name)
                : io.sportello.shared.Actor.user(id, name);
    }

    static Instant instant(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Date d ? d.toInstant() : null;
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    static int integer(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).intValue();
    }

    static void deadlines(VariableScope scope, SlaDeadlines d) {
        scope.setVariable(Vars.FIRST_RESPONSE_DUE, date(d.firstResponseDue()));
        scope.setVariable(Vars.RESOLUTION_DUE, date(d.resolutionDue()));
        scope.setVariable(Vars.RESOLUTION_WARNING_AT, date(d.resolutionWarningAt()));
        scope.setVariable(Vars.ESCALATION_DUE, date(d.escalationDue()));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
