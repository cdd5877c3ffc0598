package io.sportello.workflow.internal;

import io.sportello.assist.SelfServiceAnswers;
import io.sportello.shared.Actor;
import io.sportello.sla.SlaService;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.TicketLifecycle.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delegates of the lifecycle's opening steps: apply triage, start the SLA clocks, self-service. */
@Configuration(proxyBeanMethods = false)
class TriageDelegates {

    @Bean
    JavaDelegate applyTriageDelegate(TicketService tickets) {
        return execution -> {
            var tier = ProcessVariables.tier(execution);
            Object outcome = execution.getVariable(Vars.OUTCOME);
            boolean retriage = io.sportello.workflow.Outcome.RETRIAGE.name().equals(outcome);
            if (retriage || io.sportello.workflow.Outcome.CHECKED.name().equals(outcome)) {
                // triage after a person's check or correction: an escalation stands, and the person keeps a ticket
                // that stays at their tier (the check is L1's)
                var current = tickets.get(ProcessVariables.ticketId(execution)).getTier();
                if (retriage && current.ordinal() > tier.ordinal()) {
                    tier = current;
                    execution.setVariable(Vars.TIER, tier.name());
                }
                if (current != tier) {
                    execution.setVariable(Vars.STICKY_ASSIGNEE, null);
                }
            }
            // a priority a person chose stands; the policy's SLA targets follow it
            Object chosen = execution.getVariable(Vars.CHOSEN_PRIORITY);
            if (chosen != null) {
                execution.setVariable(Vars.PRIORITY, chosen.toString());
            }
            tickets.applyTriage(ProcessVariables.ticketId(execution),
                    Priority.valueOf(ProcessVariables.string(execution, Vars.PRIORITY)), tier,
                    ProcessVariables.string(execution, Vars.SKILL));
            ProcessVariables.tier(execution, tier);
        };
    }

    @Bean
    JavaDelegate startSlaClocksDelegate(SlaService sla, TicketService tickets) {
        // measured from the ticket's arrival: a wait for a person's check of the reading counts; on the calendar the
        // SLA policy names, else on the one the tier's team works on
        return execution -> {
            Object policyCalendar = execution.getVariable(Vars.SLA_CALENDAR);
            ProcessVariables.deadlines(execution, sla.start(ProcessVariables.ticketId(execution),
                    ProcessVariables.integer(execution, Vars.FIRST_RESPONSE_MINUTES),
                    ProcessVariables.integer(execution, Vars.RESOLUTION_MINUTES),
                    tickets.get(ProcessVariables.ticketId(execution)).getCreatedAt(),
                    policyCalendar == null ? null : policyCalendar.toString(),
                    ProcessVariables.tier(execution).group()));
        };
    }

    @Bean
    JavaDelegate orderStatusAnswerDelegate(SelfServiceAnswers answers) {
        return execution -> execution.setVariable(Vars.SELF_SERVICE_ANSWERED,
                answers.answerOrderStatus(ProcessVariables.ticketId(execution),
                        Boolean.TRUE.equals(execution.getVariable(Vars.INFORMAL))));
    }

    @Bean
    JavaDelegate pauseSlaForAssistantDelegate(TicketResolution resolution) {
        return execution -> resolution.withTheAssistant(ProcessVariables.ticketId(execution));
    }

    @Bean
    JavaDelegate resumeSlaAfterAssistantDelegate(TicketResolution resolution) {
        return execution -> ProcessVariables.deadlines(execution,
                resolution.handedOver(ProcessVariables.ticketId(execution)));
    }

    @Bean
    JavaDelegate resolveBySelfServiceDelegate(TicketResolution resolution) {
        return execution -> resolution.resolve(ProcessVariables.ticketId(execution), ResolutionCode.SELF_SERVICE,
                "Answered by self-service; the customer did not ask for more", SelfServiceAnswers.ASSISTANT);
    }

    @Bean
    JavaDelegate reopenTicketDelegate(TicketResolution resolution) {
        return execution -> ProcessVariables.deadlines(execution,
                resolution.reopened(ProcessVariables.ticketId(execution), ProcessVariables.actor(execution)));
    }

    @Bean
    JavaDelegate closeTicketDelegate(TicketService tickets) {
        return execution -> tickets.close(ProcessVariables.ticketId(execution), Actor.system(),
                io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.REOPEN_WINDOW_ENDED));
    }
}
