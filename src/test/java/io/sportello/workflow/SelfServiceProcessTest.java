package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.sportello.workflow.SelfService.Elements;
import io.sportello.workflow.TicketLifecycle.Messages;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of self-service.bpmn with the real turn table (self-service-turn.dmn) and a scripted reading of the
 * customer's turns: when the assistant answers, asks, closes, and each reason it hands the conversation to a person.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/self-service.bpmn", "processes/decisions/self-service-turn.dmn"})
class SelfServiceProcessTest {

    ProcessEngine processEngine;
    final ProcessTestSupport support = new ProcessTestSupport();

    @BeforeEach
    void setUp() {
        init(processEngine);
        support.register();
    }

    @AfterEach
    void tearDown() {
        ProcessTestSupport.reset();
    }

    private static ProcessInstance start(boolean followUp) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.TICKET_ID, 42L);
        vars.put(Vars.CHANNEL, "CHAT");
        vars.put(Vars.LANGUAGE, "it");
        vars.put(Vars.CATEGORY, "RETURN");
        vars.put(Vars.SENTIMENT, "NEUTRAL");
        vars.put(Vars.INFORMAL, false);
        vars.put(Vars.FOLLOW_UP, followUp);
        return runtimeService().startProcessInstanceByKey(SelfService.KEY, "SP-000042", vars);
    }

    /** The customer writes again and the assistant reads the new turn. */
    private static void customerWrites(ProcessInstance pi) {
        runtimeService().correlateMessage(Messages.CUSTOMER_REPLIED, "SP-000042");
    }

    private static Map<String, Object> article(String group) {
        Map<String, Object> turn = ProcessTestSupport.turn("ARTICLE", true);
        turn.put(SelfService.Vars.ARTICLE, group);
        return turn;
    }

    private static Map<String, Object> order() {
        Map<String, Object> turn = ProcessTestSupport.turn("ORDER_STATUS", true);
        turn.put(SelfService.Vars.ORDER, "ORD-2026-000042");
        return turn;
    }

    private void handedOverFor(ProcessInstance pi, String reason) {
        assertThat(pi).hasPassed(Elements.TASK_HAND_OVER, Elements.END_HANDED_OVER).isEnded();
        assertThat(support.handovers).containsExactly(reason);
    }

    @Test
    void theArticleAnswersAndTheCustomerThanks() {
        support.turns.add(article("returns-window"));
        support.turns.add(ProcessTestSupport.turn("THANKS", true));
        ProcessInstance pi = start(false);
        assertThat(pi).hasPassed(Elements.TASK_DECIDE_TURN, Elements.TASK_ANSWER_ARTICLE).isWaitingAt(Elements.GATEWAY_AWAIT)
                .variables().containsEntry(SelfService.Vars.ACTION, "ANSWER_ARTICLE").containsEntry(SelfService.Vars.TURNS, 1);
        customerWrites(pi);
        assertThat(pi).hasPassed(Elements.TASK_CLOSE, Elements.END_RESOLVED).isEnded();
        assertThat(support.handovers).isEmpty();
    }

    @Test
    void anAnswerNobodyAnswersIsAcceptedAfterTwoDays() {
        support.turns.add(order());
        ProcessInstance pi = start(false);
        assertThat(pi).hasPassed(Elements.TASK_ANSWER_ORDER).isWaitingAt(Elements.GATEWAY_AWAIT);
        execute(job(Elements.TIMER_IDLE, pi));
        assertThat(pi).hasPassed(Elements.END_IDLE).isEnded();
    }

    @Test
    void aQuestionOfTheAssistantNobodyAnswersIsNotAnAnswerAccepted() {
        support.turns.add(ProcessTestSupport.turn("ORDER_STATUS", false));
        ProcessInstance pi = start(false);
        assertThat(pi).hasPassed(Elements.TASK_ASK_ORDER).isWaitingAt(Elements.GATEWAY_AWAIT);
        execute(job(Elements.TIMER_IDLE, pi));
        assertThat(pi).hasPassed(Elements.TASK_NO_REPLY, Elements.END_NO_REPLY).hasNotPassed(Elements.END_IDLE).isEnded()
                .variables().containsEntry(SelfService.Vars.OUTCOME, SelfService.NO_REPLY);
    }

    @Test
    void theAssistantAsksForTheOrderNumberAndAnswersWithTheLiveStatus() {
        support.turns.add(ProcessTestSupport.turn("ORDER_STATUS", false));
        support.turns.add(order());
        ProcessInstance pi = start(false);
        assertThat(pi).hasPassed(Elements.TASK_ASK_ORDER).isWaitingAt(Elements.GATEWAY_AWAIT);
        customerWrites(pi);
        assertThat(pi).hasPassed(Elements.TASK_ANSWER_ORDER).isWaitingAt(Elements.GATEWAY_AWAIT)
                .variables().containsEntry(SelfService.Vars.FAILED_TURNS, 1);
    }

    @Test
    void aPersonWhenTheCustomerAsksForOne() {
        support.turns.add(ProcessTestSupport.turn("HUMAN", true));
        ProcessInstance pi = start(false);
        handedOverFor(pi, "ASKED");
    }

    @Test
    void aPersonWhenTheCustomerAsksWithTheChatButtonWhileTheAssistantWaits() {
        support.turns.add(article("sizes"));
        ProcessInstance pi = start(false);
        runtimeService().createMessageCorrelation(Messages.HUMAN_REQUESTED).processInstanceBusinessKey("SP-000042")
                .setVariable(SelfService.Vars.HANDOVER_REASON, "ASKED").correlate();
        assertThat(pi).hasPassed("Event_HumanRequested");
        handedOverFor(pi, "ASKED");
    }

    @Test
    void aPersonWhenTheAnswerDidNotHelp() {
        support.turns.add(article("shipping-times"));
        support.turns.add(ProcessTestSupport.turn("NOT_HELPED", true));
        ProcessInstance pi = start(false);
        customerWrites(pi);
        handedOverFor(pi, "NOT_HELPED");
    }

    @Test
    void aPersonWhenSomethingThatIsNotRoutineComesUp() {
        support.turns.add(article("payment-methods"));
        support.turns.add(ProcessTestSupport.turn("NEEDS_PERSON", true));
        ProcessInstance pi = start(false);
        customerWrites(pi);
        handedOverFor(pi, "NEEDS_PERSON");
    }

    @Test
    void anUpsetCustomerGoesToAPerson() {
        support.turns.add(ProcessTestSupport.upset(article("returns-window")));
        ProcessInstance pi = start(false);
        assertThat(pi).hasNotPassed(Elements.TASK_ANSWER_ARTICLE);
        handedOverFor(pi, "NEGATIVE");
    }

    @Test
    void anUpsetCustomerAskingAboutTheirOrderGetsTheStatusAtOnceAndAPersonIfStillUpset() {
        support.turns.add(ProcessTestSupport.upset(order()));
        support.turns.add(ProcessTestSupport.upset(ProcessTestSupport.turn("UNKNOWN", false)));
        ProcessInstance pi = start(false);
        assertThat(pi).hasPassed(Elements.TASK_ANSWER_ORDER).isWaitingAt(Elements.GATEWAY_AWAIT);
        customerWrites(pi);
        handedOverFor(pi, "NEGATIVE");
    }

    @Test
    void aProcessOwnerMayHaveAPersonFollowEveryAnswer() {
        // the table's "then a person" column, as an owner would set it for a rule: the answer goes out, then a person
        support.turns.add(order());
        ProcessInstance pi = runtimeService().createProcessInstanceByKey(SelfService.KEY).businessKey("SP-000042")
                .setVariables(java.util.Map.of(Vars.TICKET_ID, 42L, Vars.CHANNEL, "CHAT", Vars.LANGUAGE, "it",
                        Vars.CATEGORY, "ORDER_STATUS", Vars.SENTIMENT, "NEUTRAL", Vars.INFORMAL, false,
                        Vars.FOLLOW_UP, false))
                .startBeforeActivity(Elements.TASK_ANSWER_ORDER)
                .setVariable(SelfService.Vars.THEN_HAND_OVER, true).setVariable(SelfService.Vars.ACTION, "ANSWER_ORDER")
                .setVariable(SelfService.Vars.HANDOVER_REASON, "NEGATIVE").execute();
        assertThat(pi).hasPassed(Elements.TASK_ANSWER_ORDER);
        handedOverFor(pi, "NEGATIVE");
    }

    @Test
    void aFollowUpTheLifecycleAskedForComesAfterTheStatus() {
        support.turns.add(order());
        ProcessInstance pi = start(true);
        assertThat(pi).hasPassed(Elements.TASK_ANSWER_ORDER);
        handedOverFor(pi, "FOLLOW_UP");
    }

    @Test
    void nothingToOfferToTheFirstMessageMeansAPersonAnswersIt() {
        ProcessInstance pi = start(false);
        assertThat(pi).hasNotPassed(Elements.TASK_ASK_AGAIN);
        handedOverFor(pi, "NOT_CONFIDENT");
    }

    @Test
    void anAnswerThatCouldNotGoOutAfterAllGoesToAPerson() {
        support.botAnswerSent = false;
        support.turns.add(article("warranty"));
        ProcessInstance pi = start(false);
        assertThat(pi).hasPassed(Elements.TASK_ANSWER_ARTICLE, Elements.TASK_HAND_OVER).isEnded();
    }

    @Test
    void afterTwoTurnsTheAssistantCouldNotAnswerAPersonTakesOver() {
        support.turns.add(article("returns-window"));
        ProcessInstance pi = start(false);
        customerWrites(pi); // not understood: asked to say it another way
        assertThat(pi).hasPassed(Elements.TASK_ASK_AGAIN).isWaitingAt(Elements.GATEWAY_AWAIT);
        customerWrites(pi); // not understood again
        handedOverFor(pi, "TWO_FAILED");
    }

    @Test
    void twoOrderNumbersThatAreNotTheCustomersGoToAPerson() {
        support.turns.add(ProcessTestSupport.turn("ORDER_STATUS", false));
        support.turns.add(ProcessTestSupport.turn("ORDER_STATUS", false));
        ProcessInstance pi = start(false);
        customerWrites(pi);
        handedOverFor(pi, "TWO_FAILED");
    }
}
