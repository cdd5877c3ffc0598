package io.sportello.workflow.internal;

import io.sportello.shared.Actor;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delegates of the CSAT survey process. */
@Configuration(proxyBeanMethods = false)
class SurveyDelegates {

    @Bean
    JavaDelegate sendSurveyDelegate(SurveyService surveys, TicketService tickets) {
        return execution -> {
            Long ticketId = ProcessVariables.ticketId(execution);
            surveys.send(ticketId);
            tickets.note(ticketId, TicketEventType.SURVEY_SENT, Actor.system(), null);
        };
    }

    @Bean
    JavaDelegate expireSurveyDelegate(SurveyService surveys) {
        return execution -> surveys.expire(ProcessVariables.ticketId(execution));
    }
}
