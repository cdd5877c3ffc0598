package io.sportello.workflow.internal;

import io.sportello.assist.SelfServiceAnswers;
import io.sportello.shared.Actor;
import io.sportello.sla.SlaDeadlines;
import io.sportello.sla.SlaService;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.Outcome;
import io.sportello.workflow.TicketLifecycle.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delegates of tier handling: resolve, wait for the customer and resume, escalations, the first-response clock,
 * warnings, breaches, reminders, auto-close. Each is one step of the model and the only place its change is made.
 */
@Configuration(proxyBeanMethods = false)
class TierDelegates {

    @Bean
    JavaDelegate resolveTicketDelegate(TicketResolution resolution) {
        return execution -> resolution.resolve(ProcessVariables.ticketId(execution),
                ResolutionCode.valueOf(ProcessVariables.string(execution, Vars.RESOLUTION_CODE)),
                ProcessVariables.string(execution, Vars.RESOLUTION_SUMMARY), ProcessVariables.actor(execution));
    }

    /** Also bound as {@code pauseSlaDelegate}, the name versions before 2 call at the same point. */
    @Bean({"markPendingDelegate", "pauseSlaDelegate"})
    JavaDelegate markPendingDelegate(TicketResolution resolution) {
        return execution -> resolution.markPending(ProcessVariables.ticketId(execution), ProcessVariables.actor(execution));
    }

    /** Also bound as {@code resumeSlaDelegate}, the name versions before 2 call at the same point. */
    @Bean({"resumeTicketDelegate", "resumeSlaDelegate"})
    JavaDelegate resumeTicketDelegate(TicketResolution resolution) {
        return execution -> {
            SlaDeadlines deadlines = resolution.resume(ProcessVariables.ticketId(execution),
                    ProcessVariables.actor(execution));
            ProcessVariables.deadlines(execution, deadlines);
            execution.setVariable(Vars.STICKY_ASSIGNEE, null);
        };
    }

    @Bean
    JavaDelegate agentEscalationDelegate(TicketService tickets, SlaService sla) {
        return execution -> {
            var tier = ProcessVariables.tier(execution);
            tickets.changeTier(ProcessVariables.ticketId(execution), tier,
                    ProcessVariables.string(execution, Vars.ESCALATION_REASON), ProcessVariables.actor(execution));
            ProcessVariables.tier(execution, tier);
            // the clock runs on the hours of the team that now has the ticket
            SlaDeadlines moved = sla.followTeam(ProcessVariables.ticketId(execution), tier.group());
            if (moved != null) {
                ProcessVariables.deadlines(execution, moved);
            }
        };
    }

    @Bean
    JavaDelegate breachEscalationDelegate(SlaEscalation escalation) {
        return execution -> {
            SlaEscalation.Result result = escalation.breached(ProcessVariables.ticketId(execution),
                    ProcessVariables.tier(execution));
            ProcessVariables.tier(execution, result.tier());
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
            // the element's name is the process owner's words
            tickets.note(ProcessVariables.ticketId(execution), io.sportello.ticket.TicketEventType.SUPERVISOR_NOTIFIED,
                    Actor.system(), io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.MODEL_STEP),
                    reason);
        };
    }

    /** The first reply to the customer was given (at {@code firstResponseAt}): the first-response clock stops. */
    @Bean
    JavaDelegate recordFirstResponseDelegate(SlaService sla) {
        return execution -> {
            var at = ProcessVariables.instant(execution, Vars.FIRST_RESPONSE_AT);
            sla.recordFirstResponse(ProcessVariables.ticketId(execution), at != null ? at : sla.now());
        };
    }

    /** The first-response deadline passed with no reply: the breach is recorded and the supervisors told. */
    @Bean
    JavaDelegate firstResponseBreachedDelegate(SlaEscalation escalation) {
        return execution -> escalation.firstResponseBreached(ProcessVariables.ticketId(execution));
    }

    /** The step of versions before 2, whose timer asked whether a first response had been given. */
    @Bean
    JavaDelegate firstResponseDueDelegate(SlaEscalation escalation) {
        return execution -> escalation.firstResponseDue(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate resolutionWarningDelegate(SlaEscalation escalation) {
        return execution -> escalation.warningDue(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate pendingReminderDelegate(SelfServiceAnswers answers) {
        return execution -> answers.remindPendingCustomer(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate autoCloseDelegate(TicketService tickets) {
        return execution -> {
            tickets.close(ProcessVariables.ticketId(execution), Actor.system(),
                    io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.NO_CUSTOMER_REPLY));
            execution.setVariable(Vars.OUTCOME, Outcome.AUTO_CLOSED.name());
        };
    }
}
