package io.sportello.workflow.internal;

import io.sportello.assist.SelfServiceAssistant;
import io.sportello.assist.SelfServiceAssistant.Handover;
import io.sportello.workflow.SelfService;
import io.sportello.workflow.SelfService.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the self-service conversation ({@code self-service.bpmn}): read the customer's turn, then answer,
 * ask, close or hand over as the decision table chose. Each step keeps the conversation's counters in the process.
 */
@Configuration(proxyBeanMethods = false)
class SelfServiceDelegates {

    private static final Logger log = LoggerFactory.getLogger(SelfServiceDelegates.class);

    @Bean
    JavaDelegate readTurnDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            int turns = count(execution, Vars.TURNS);
            int failed = count(execution, Vars.FAILED_TURNS);
            SelfServiceAssistant.Turn turn;
            try {
                turn = assistant.read(ProcessVariables.ticketId(execution), new SelfServiceAssistant.State(turns,
                        ProcessVariables.string(execution, Vars.ACTION), ProcessVariables.string(execution, Vars.LAST_ARTICLE),
                        ProcessVariables.string(execution, io.sportello.workflow.TicketLifecycle.Vars.CATEGORY),
                        ProcessVariables.string(execution, io.sportello.workflow.TicketLifecycle.Vars.SENTIMENT)));
            } catch (RuntimeException unreadable) {
                // whatever broke, the customer must not wait for an assistant that cannot read: a person takes over
                log.error("The assistant could not read a turn of ticket {}", execution.getProcessBusinessKey(), unreadable);
                turn = new SelfServiceAssistant.Turn(SelfServiceAssistant.Intent.UNKNOWN, false, null, false, null,
                        false, true);
                failed = Math.max(failed, 1);
            }
            execution.setVariable(Vars.INTENT, turn.intent().name());
            execution.setVariable(Vars.CONFIDENT, turn.confident());
            execution.setVariable(Vars.ORDER, turn.order());
            execution.setVariable(Vars.ORDER_GIVEN, turn.orderGiven());
            execution.setVariable(Vars.ARTICLE, turn.article());
            execution.setVariable(Vars.NEGATIVE, turn.negative());
            execution.setVariable(Vars.TURNS, turns);
            execution.setVariable(Vars.FAILED_TURNS, failed + (turn.failed() ? 1 : 0));
            execution.setVariable(Vars.OUTCOME, null);
        };
    }

    @Bean
    JavaDelegate assistantOrderStatusDelegate(SelfServiceAssistant assistant) {
        return execution -> answered(execution, assistant.answerOrder(ProcessVariables.ticketId(execution),
                ProcessVariables.string(execution, Vars.ORDER), informal(execution)));
    }

    @Bean
    JavaDelegate assistantArticleDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            String article = ProcessVariables.string(execution, Vars.ARTICLE);
            answered(execution, assistant.answerArticle(ProcessVariables.ticketId(execution), article, informal(execution)));
            execution.setVariable(Vars.LAST_ARTICLE, article);
        };
    }

    @Bean
    JavaDelegate assistantAskOrderDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            assistant.askOrderNumber(ProcessVariables.ticketId(execution),
                    Boolean.TRUE.equals(execution.getVariable(Vars.ORDER_GIVEN)), informal(execution));
            spoke(execution);
        };
    }

    @Bean
    JavaDelegate assistantAskAgainDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            assistant.askAgain(ProcessVariables.ticketId(execution), informal(execution));
            spoke(execution);
        };
    }

    @Bean
    JavaDelegate assistantCloseDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            assistant.close(ProcessVariables.ticketId(execution), informal(execution));
            spoke(execution);
            execution.setVariable(Vars.OUTCOME, SelfService.RESOLVED);
        };
    }

    @Bean
    JavaDelegate assistantHandOverDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            assistant.handOver(ProcessVariables.ticketId(execution), reason(execution), informal(execution));
            execution.setVariable(Vars.OUTCOME, SelfService.HANDED_OVER);
        };
    }

    @Bean
    JavaDelegate assistantNoReplyDelegate(SelfServiceAssistant assistant) {
        return execution -> {
            assistant.noReply(ProcessVariables.ticketId(execution));
            execution.setVariable(Vars.OUTCOME, SelfService.NO_REPLY);
        };
    }

    /**
     * Why the conversation goes to a person: the table's reason (or the customer's request, which sets it); an answer
     * that could not go out after all; otherwise a follow-up the lifecycle asked for.
     */
    private static Handover reason(DelegateExecution execution) {
        String action = ProcessVariables.string(execution, Vars.ACTION);
        boolean answering = "ANSWER_ORDER".equals(action) || "ANSWER_ARTICLE".equals(action);
        if (answering && Boolean.FALSE.equals(execution.getVariable(Vars.ANSWERED))) {
            return Handover.NOT_CONFIDENT;
        }
        String reason = ProcessVariables.string(execution, Vars.HANDOVER_REASON);
        if (reason == null || reason.isBlank()) {
            return Handover.FOLLOW_UP;
        }
        try {
            return Handover.valueOf(reason);
        } catch (IllegalArgumentException unknown) {
            return Handover.NOT_CONFIDENT; // a process owner's own reason: the note says "not sure enough"
        }
    }

    private static void answered(DelegateExecution execution, boolean sent) {
        execution.setVariable(Vars.ANSWERED, sent);
        if (sent) {
            spoke(execution);
        }
    }

    private static void spoke(DelegateExecution execution) {
        execution.setVariable(Vars.TURNS, count(execution, Vars.TURNS) + 1);
    }

    private static int count(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static boolean informal(DelegateExecution execution) {
        return Boolean.TRUE.equals(execution.getVariable(io.sportello.workflow.TicketLifecycle.Vars.INFORMAL));
    }
}
