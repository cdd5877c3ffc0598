package io.sportello.workflow.internal;

import io.sportello.understanding.Reading;
import io.sportello.understanding.TicketReader;
import io.sportello.workflow.TicketLifecycle.Vars;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lifecycle's first step: the desk reads the customer's message and hands triage what it understood. */
@Configuration(proxyBeanMethods = false)
class UnderstandingDelegates {

    @Bean
    JavaDelegate understandMessageDelegate(TicketReader reader) {
        return execution -> {
            Reading r = reader.read(ProcessVariables.ticketId(execution));
            execution.setVariable(Vars.CATEGORY, r.category().name());
            execution.setVariable(Vars.SENTIMENT, r.sentiment().name());
            execution.setVariable(Vars.LANGUAGE, r.language());
            execution.setVariable(Vars.URGENCY, r.urgency());
            execution.setVariable(Vars.PRESALE, r.presale());
            execution.setVariable(Vars.ORDER_KNOWN, r.orderKnown());
            execution.setVariable(Vars.TRIAGE_CHECK, r.needsCheck());
            execution.setVariable(Vars.INFORMAL, r.informal());
        };
    }
}
