package io.sportello.workflow;

import io.sportello.customer.CustomerValue;
import io.sportello.shared.Actor;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.TicketLifecycle.Messages;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a ticket's lifecycle process and tells it, with typed messages, what people did (customer replies, a first
 * reply to the customer, reopen, resolve while waiting, survey answers). The process then makes the change in one of
 * its steps. Messages are correlated by the ticket number, the business key of every process the ticket runs; a
 * message nobody waits for is not an error (the reply is on the ticket all the same).
 */
@Service
@org.springframework.modulith.NamedInterface("runtime")
public class TicketProcesses {

    private final RuntimeService runtime;

    TicketProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * The variables a lifecycle starts with. Production and the process tests both start from here, so a model is
     * tested with what it will really be given.
     */
    public static Map<String, Object> startVariables(Long ticketId, String category, String channel,
                                                     CustomerValue customerValue, String sentiment, boolean orderKnown) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.TICKET_ID, ticketId);
        vars.put(Vars.CATEGORY, category);
        vars.put(Vars.CHANNEL, channel);
        vars.put(Vars.CUSTOMER_VALUE, customerValue.name());
        vars.put(Vars.SENTIMENT, sentiment);
        vars.put(Vars.ORDER_KNOWN, orderKnown);
        vars.put(Vars.LANGUAGE, null);
        vars.put(Vars.URGENCY, null);
        vars.put(Vars.PRESALE, false);
        vars.put(Vars.TRIAGE_CHECK, false);
        vars.put(Vars.FOLLOW_UP, false);
        vars.put(Vars.INFORMAL, false);
        vars.put(Vars.OPENED_BY_DESK, false);
        vars.put(Vars.CHOSEN_PRIORITY, null);
        vars.put(Vars.STICKY_ASSIGNEE, null);
        vars.put(Vars.OUTCOME, null);
        vars.put(Vars.FIRST_RESPONSE_AT, null);
        return vars;
    }

    /** Starts the lifecycle: reading the message, triage, SLA clocks, self-service or tier handling. */
    public String start(Ticket ticket, CustomerValue customerValue, boolean orderKnown) {
        return start(ticket, customerValue, orderKnown, false);
    }

    /** {@link #start} of a ticket the desk opened itself for a person to act on ({@code openedByDesk}). */
    public String start(Ticket ticket, CustomerValue customerValue, boolean orderKnown, boolean openedByDesk) {
        Map<String, Object> vars = startVariables(ticket.getId(), ticket.getCategory().name(), ticket.getChannel().name(),
                customerValue, ticket.getSentiment().name(), orderKnown);
        vars.put(Vars.OPENED_BY_DESK, openedByDesk);
        return runtime.startProcessInstanceByKey(TicketLifecycle.KEY, ticket.getNumber(), vars).getId();
    }

    /** A customer wrote: resumes a ticket waiting for the customer or hands a self-service answer to a person. */
    public boolean customerReplied(String ticketNumber, Actor customer) {
        return correlate(Messages.CUSTOMER_REPLIED, ticketNumber, actor(customer));
    }

    /** The customer asks for a person while the assistant (or its answer) has the conversation. */
    public boolean humanRequested(String ticketNumber) {
        return correlate(Messages.HUMAN_REQUESTED, ticketNumber, Map.of(SelfService.Vars.HANDOVER_REASON, "ASKED",
                SelfService.Vars.ACTION, "HAND_OVER"));
    }

    /** An agent takes the conversation over from the assistant (the handling task follows, for them to claim). */
    public boolean takenOver(String ticketNumber, Actor agent) {
        Map<String, Object> vars = actor(agent);
        vars.put(SelfService.Vars.HANDOVER_REASON, "TAKEN_OVER");
        vars.put(SelfService.Vars.ACTION, "HAND_OVER");
        return correlate(Messages.HUMAN_REQUESTED, ticketNumber, vars);
    }

    /** Someone (an agent, or the customer by writing) reopens a resolved ticket within its reopen window. */
    public boolean reopened(String ticketNumber, Actor by) {
        return correlate(Messages.TICKET_REOPENED, ticketNumber, actor(by));
    }

    /**
     * The first public reply of a person on the desk: the process records it (stopping the first-response clock).
     * If no process waits for it yet (the ticket is not in tier handling), the lifecycle keeps the moment and tier
     * handling records it when it starts.
     */
    public void firstResponseGiven(String ticketNumber, Instant at) {
        Map<String, Object> vars = Map.of(Vars.FIRST_RESPONSE_AT, Date.from(at));
        if (!correlate(Messages.FIRST_RESPONSE_GIVEN, ticketNumber, vars)) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticketNumber)
                    .processDefinitionKey(TicketLifecycle.KEY).active().list()
                    .forEach(p -> runtime.setVariables(p.getId(), vars));
        }
    }

    /** An agent resolved a ticket that was waiting for the customer (no open task). */
    public boolean resolvedWhilePending(String ticketNumber, ResolutionCode code, String summary, Actor by) {
        Map<String, Object> vars = actor(by);
        vars.put(Vars.OUTCOME, Outcome.RESOLVE.name());
        vars.put(Vars.RESOLUTION_CODE, code.name());
        vars.put(Vars.RESOLUTION_SUMMARY, summary);
        return correlate(Messages.RESOLVED_BY_AGENT, ticketNumber, vars);
    }

    public boolean surveyAnswered(String ticketNumber, int score) {
        return correlate(Messages.SURVEY_ANSWERED, ticketNumber, Map.of(Vars.CSAT_SCORE, score));
    }

    /** Whether one of the ticket's processes is waiting for {@code message} now. */
    public boolean waitsFor(String ticketNumber, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(ticketNumber).messageEventSubscriptionName(message)
                .count() > 0;
    }

    /** The process variables that say who acted. */
    static Map<String, Object> actor(Actor actor) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.LAST_ACTOR, actor == null ? null : actor.id());
        vars.put(Vars.LAST_ACTOR_NAME, actor == null ? null : actor.displayName());
        return vars;
    }

    private boolean correlate(String message, String ticketNumber, Map<String, Object> vars) {
        return !runtime.createMessageCorrelation(message).processInstanceBusinessKey(ticketNumber)
                .setVariables(vars).correlateAllWithResult().isEmpty();
    }
}
