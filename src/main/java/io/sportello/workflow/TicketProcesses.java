package io.sportello.workflow;

import io.sportello.customer.CustomerValue;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.TicketLifecycle.Messages;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a ticket's lifecycle process and tells it what happened (customer replies, reopen, survey
 * answers). Messages are correlated by the ticket number, the business key of every process the ticket
 * runs; a message nobody waits for is not an error (the reply is on the ticket all the same).
 */
@Service
public class TicketProcesses {

    private final RuntimeService runtime;

    TicketProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the lifecycle: triage, SLA clocks, self-service or tier handling. */
    public String start(Ticket ticket, CustomerValue customerValue, boolean orderKnown) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.TICKET_ID, ticket.getId());
        vars.put(Vars.CATEGORY, ticket.getCategory().name());
        vars.put(Vars.CHANNEL, ticket.getChannel().name());
        vars.put(Vars.CUSTOMER_VALUE, customerValue.name());
        vars.put(Vars.SENTIMENT, ticket.getSentiment().name());
        vars.put(Vars.ORDER_KNOWN, orderKnown);
        vars.put(Vars.STICKY_ASSIGNEE, null);
        vars.put(Vars.OUTCOME, null);
        return runtime.startProcessInstanceByKey(TicketLifecycle.KEY, ticket.getNumber(), vars).getId();
    }

    /** A customer wrote: resumes a ticket waiting for the customer or hands a self-service answer to a person. */
    public boolean customerReplied(String ticketNumber) {
        return correlate(Messages.CUSTOMER_REPLIED, ticketNumber, Map.of());
    }

    public boolean humanRequested(String ticketNumber) {
        return correlate(Messages.HUMAN_REQUESTED, ticketNumber, Map.of());
    }

    public boolean reopened(String ticketNumber) {
        return correlate(Messages.TICKET_REOPENED, ticketNumber, Map.of());
    }

    /** An agent resolved a ticket that was waiting for the customer (no open task). */
    public boolean resolvedWhilePending(String ticketNumber) {
        return correlate(Messages.RESOLVED_BY_AGENT, ticketNumber, Map.of(Vars.OUTCOME, Outcome.RESOLVE.name()));
    }

    public boolean surveyAnswered(String ticketNumber, int score) {
        return correlate(Messages.SURVEY_ANSWERED, ticketNumber, Map.of(Vars.CSAT_SCORE, score));
    }

    private boolean correlate(String message, String ticketNumber, Map<String, Object> vars) {
        return !runtime.createMessageCorrelation(message).processInstanceBusinessKey(ticketNumber)
                .setVariables(vars).correlateAllWithResult().isEmpty();
    }
}
