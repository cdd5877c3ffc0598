package io.sportello.workflow.internal;

import io.sportello.assist.SelfServiceAnswers;
import io.sportello.shared.Actor;
import io.sportello.sla.SlaDeadlines;
import io.sportello.sla.SlaService;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.Outcome;
import io.sportello.workflow.TicketLifecycle.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delegates of tier handling: escalations, SLA pause/resume, warnings, breaches, reminders, auto-close. */
@Configuration(proxyBeanMethods = false)
class TierDelegates {

    @Bean
    JavaDelegate agentEscalationDelegate(TicketService tickets) {
        return execution -> {
            String agent = ProcessVariables.string(execution, Vars.LAST_ACTOR);
            tickets.changeTier(ProcessVariables.ticketId(execution), ProcessVariables.tier(execution),
                    ProcessVariables.string(execution, Vars.ESCALATION_REASON),
                    agent == null ? Actor.system() : Actor.user(agent, agent));
        };
    }

    @Bean
    JavaDelegate breachEscalationDelegate(SlaEscalation escalation) {
        return execution -> {
            SlaEscalation.Result result = escalation.breached(ProcessVariables.ticketId(execution),
                    ProcessVariables.tier(execution));
            execution.setVariable(Vars.TIER, result.tier().name());
            execution.setVariable(Vars.STICKY_ASSIGNEE, null);
            ProcessVariables.deadlines(execution, result.deadlines());
        };
    }

    /**
     * A notification a process owner can place anywhere in a model: tells the supervisors about the ticket,
     * with the element's name as the reason (recorded in the ticket's history and shown on the dashboard).
     */
    @Bean
    JavaDelegate notifySupervisorDelegate(TicketService tickets) {
        return execution -> {
            String reason = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
                    : execution.getCurrentActivityId();
            tickets.note(ProcessVariables.ticketId(execution), io.sportello.ticket.TicketEventType.SUPERVISOR_NOTIFIED,
                    Actor.system(), reason);
        };
    }

    @Bean
    JavaDelegate firstResponseDueDelegate(SlaEscalation escalation) {
        return execution -> escalation.firstResponseDue(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate resolutionWarningDelegate(SlaEscalation escalation) {
        return execution -> escalation.warningDue(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate pauseSlaDelegate(SlaService sla) {
        return execution -> sla.pause(ProcessVariables.ticketId(execution), "waiting for customer");
    }

    @Bean
    JavaDelegate resumeSlaDelegate(SlaService sla) {
        return execution -> {
            SlaDeadlines deadlines = sla.resume(ProcessVariables.ticketId(execution), "customer replied");
            ProcessVariables.deadlines(execution, deadlines);
            execution.setVariable(Vars.STICKY_ASSIGNEE, null);
        };
    }

    @Bean
    JavaDelegate pendingReminderDelegate(SelfServiceAnswers answers) {
        return execution -> answers.remindPendingCustomer(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate autoCloseDelegate(TicketService tickets) {
        return execution -> {
            tickets.close(ProcessVariables.ticketId(execution), Actor.system(), "no reply from the customer");
            execution.setVariable(Vars.OUTCOME, Outcome.AUTO_CLOSED.name());
        };
    }

}
