package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.sportello.workflow.TicketLifecycle.Elements;
import io.sportello.workflow.TicketLifecycle.Messages;
import io.sportello.workflow.TicketLifecycle.Vars;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of ticket-lifecycle.bpmn with the real DMN tables and stand-in delegates. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/ticket-lifecycle.bpmn", "processes/tier-escalation.bpmn",
        "processes/self-service.bpmn", "processes/decisions/self-service-turn.dmn",
        "processes/csat-survey.bpmn", "processes/decisions/ticket-triage.dmn", "processes/decisions/sla-policy.dmn"})
class TicketLifecycleProcessTest {

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

    /**
     * The ticket's tier handling. A routine question first goes to the assistant: when the test scripted no turn it
     * can answer, its first turn is not understood and it hands the ticket over at once, as it would in production.
     */
    private ProcessInstance tierHandling(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(Elements.CALL_TIER_HANDLING);
        return calledProcessInstance(TicketLifecycle.TIER_ESCALATION, pi);
    }

    private void resolve(ProcessInstance pi) {
        complete(task(tierHandling(pi)), withVariables(Vars.OUTCOME, Outcome.RESOLVE.name(), Vars.STICKY_ASSIGNEE, null,
                Vars.RESOLUTION_CODE, "ANSWERED"));
    }

    @Test
    void triageRoutesAShippingQuestionToL1WithItsSla() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("SHIPPING", "EMAIL", false);
        assertThat(pi).hasPassed(Elements.TASK_TRIAGE, "Task_ApplyTriage", "Task_SlaPolicy", "Task_StartSlaClocks")
                .variables().containsEntry(Vars.PRIORITY, "NORMAL").containsEntry(Vars.TIER, "L1")
                .containsEntry(Vars.SKILL, "shipping").containsEntry(Vars.FIRST_RESPONSE_MINUTES, 240)
                .containsEntry(Vars.RESOLUTION_MINUTES, 1440);
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
    }

    @Test
    void theSlaPolicyMayNameTheCalendarTheClockRunsOnElseTheTierTeamsIsUsed() throws Exception {
        ProcessInstance shipping = ProcessTestSupport.startLifecycle("SHIPPING", "EMAIL", false);
        assertThat(shipping).hasPassed("Task_SlaPolicy", "Task_StartSlaClocks").variables()
                .containsEntry(Vars.SLA_CALENDAR, null);

        // a process owner gives urgent tickets (fraud is urgent) a calendar of their own: the next tickets' clocks run on it
        String dmn = new String(getClass().getResourceAsStream("/processes/decisions/sla-policy.dmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace(
                "<outputEntry id=\"OutputEntry_02_calendar\"><text></text></outputEntry>",
                "<outputEntry id=\"OutputEntry_02_calendar\"><text>&quot;l3-investigations&quot;</text></outputEntry>");
        processEngine.getRepositoryService().createDeployment().addString("sla-policy.dmn", dmn).deploy();
        ProcessInstance fraud = ProcessTestSupport.startLifecycle("FRAUD", "EMAIL", false);
        assertThat(fraud).hasPassed("Task_SlaPolicy", "Task_StartSlaClocks").variables()
                .containsEntry(Vars.TIER, "L3").containsEntry(Vars.SLA_CALENDAR, "l3-investigations");
    }

    @Test
    void theMessageIsReadBeforeTriageAndTriageDecidesFromWhatWasRead() {
        // an e-mail without a category: the understanding step reads "where is my order" with the order known
        support.reading.putAll(java.util.Map.of(Vars.CATEGORY, "ORDER_STATUS", Vars.LANGUAGE, "en",
                Vars.URGENCY, "NORMAL", Vars.ORDER_KNOWN, true, Vars.TRIAGE_CHECK, false));
        ProcessInstance pi = ProcessTestSupport.startLifecycle("OTHER", "EMAIL", false);
        assertThat(pi).hasPassed(Elements.TASK_UNDERSTAND, Elements.TASK_TRIAGE).hasNotPassed(Elements.TASK_CHECK_TRIAGE)
                .hasPassed(Elements.CALL_SELF_SERVICE)
                .variables().containsEntry(Vars.PRIORITY, "NORMAL").containsEntry(Vars.SKILL, "orders");
        assertThat(support.calls.indexOf("understandMessageDelegate")).isLessThan(support.calls.indexOf("applyTriageDelegate"));
    }

    @Test
    void anUrgentWhereIsMyOrderGetsTheStatusAtOnceAndAPersonFollowsUp() {
        support.reading.putAll(java.util.Map.of(Vars.CATEGORY, "ORDER_STATUS", Vars.URGENCY, "HIGH",
                Vars.SENTIMENT, "NEGATIVE", Vars.ORDER_KNOWN, true, Vars.TRIAGE_CHECK, false));
        support.turns.add(orderTurn());
        ProcessInstance pi = ProcessTestSupport.startLifecycle("OTHER", "CHAT", false);
        assertThat(pi).hasPassed(Elements.CALL_SELF_SERVICE).variables().containsEntry(Vars.PRIORITY, "HIGH")
                .containsEntry(Vars.FOLLOW_UP, true);
        assertThat(support.handovers).containsExactly("FOLLOW_UP");
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
        assertThat(support.calls).contains("assistantOrderStatusDelegate");
    }

    @Test
    void aPreSaleQuestionInChatIsAnsweredWithinMinutes() {
        support.reading.putAll(java.util.Map.of(Vars.CATEGORY, "PRODUCT", Vars.PRESALE, true, Vars.TRIAGE_CHECK, false));
        ProcessInstance pi = ProcessTestSupport.startLifecycle("OTHER", "CHAT", false);
        assertThat(pi).variables().containsEntry(Vars.PRIORITY, "HIGH").containsEntry(Vars.SKILL, "presale")
                .containsEntry(Vars.FIRST_RESPONSE_MINUTES, 3);
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
    }

    @Test
    void anUncertainReadingWaitsForL1ToCheckItAndTriageStartsFromTheCheck() {
        support.reading.putAll(java.util.Map.of(Vars.CATEGORY, "SHIPPING", Vars.TRIAGE_CHECK, true));
        ProcessInstance pi = ProcessTestSupport.startLifecycle("OTHER", "WHATSAPP", true);
        assertThat(pi).isWaitingAt(Elements.TASK_CHECK_TRIAGE).hasNotPassed(Elements.TASK_TRIAGE);
        assertThat(task(pi)).hasCandidateGroup("tier1").hasFormKey(WorkKind.CHECK_TRIAGE.formKey());
        // the agent says it is an order-status question, in Italian
        complete(task(pi), withVariables(Vars.OUTCOME, Outcome.CHECKED.name(), Vars.CATEGORY, "ORDER_STATUS",
                Vars.LANGUAGE, "it"));
        assertThat(pi).hasPassed(Elements.TASK_TRIAGE, Elements.CALL_SELF_SERVICE)
                .variables().containsEntry(Vars.SKILL, "orders");
    }

    @Test
    void aCorrectionWhileWorkingTriagesAgainAndTheWorkGoesOnAtTheNewTier() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("SHIPPING", "EMAIL", false);
        ProcessInstance firstHandling = tierHandling(pi);
        assertThat(task(firstHandling)).hasCandidateGroup("tier1");
        // the agent sees it is a payment problem and chooses the priority
        complete(task(firstHandling), withVariables(Vars.OUTCOME, Outcome.RETRIAGE.name(), Vars.CATEGORY, "PAYMENT",
                Vars.CHOSEN_PRIORITY, "URGENT", Vars.STICKY_ASSIGNEE, null));
        assertThat(firstHandling).hasPassed(Elements.END_RETRIAGED).isEnded();
        assertThat(pi).hasPassed("Gateway_Retriaged")
                .variables().containsEntry(Vars.PRIORITY, "URGENT").containsEntry(Vars.TIER, "L2")
                .containsEntry(Vars.FIRST_RESPONSE_MINUTES, 60);
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier2");
        assertThat(java.util.Collections.frequency(support.calls, "startSlaClocksDelegate")).isEqualTo(2);
    }

    @Test
    void fraudGoesStraightToL3() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("FRAUD", "EMAIL", true);
        assertThat(pi).variables().containsEntry(Vars.PRIORITY, "URGENT").containsEntry(Vars.TIER, "L3");
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier3");
    }

    @Test
    void orderStatusWithUnknownOrderGoesToTheAssistantWhichAsksForTheNumber() {
        support.turns.add(ProcessTestSupport.turn("ORDER_STATUS", false));
        support.turns.add(orderTurn());
        ProcessInstance pi = ProcessTestSupport.startLifecycle("ORDER_STATUS", "CHAT", false);
        ProcessInstance conversation = conversation(pi);
        assertThat(conversation).hasPassed(SelfService.Elements.TASK_ASK_ORDER).isWaitingAt(SelfService.Elements.GATEWAY_AWAIT);
        runtimeService().correlateMessage(Messages.CUSTOMER_REPLIED, "SP-000042");
        assertThat(conversation).hasPassed(SelfService.Elements.TASK_ANSWER_ORDER)
                .isWaitingAt(SelfService.Elements.GATEWAY_AWAIT);
    }

    @Test
    void aQuestionTheAssistantAnswersIsResolvedWhenTheCustomerSaysNothingMore() {
        support.turns.add(articleTurn());
        ProcessInstance pi = ProcessTestSupport.startLifecycle("RETURN", "EMAIL", false);
        ProcessInstance conversation = conversation(pi);
        assertThat(conversation).isWaitingAt(SelfService.Elements.GATEWAY_AWAIT);
        execute(job(SelfService.Elements.TIMER_IDLE, conversation));
        assertThat(conversation).hasPassed(SelfService.Elements.END_IDLE).isEnded();
        assertThat(pi).hasPassed(Elements.TASK_RESOLVE_BY_SELF_SERVICE).isWaitingAt(Elements.GATEWAY_REOPEN_WINDOW);
        assertThat(support.calls).contains("assistantArticleDelegate", "resolveBySelfServiceDelegate");
    }

    @Test
    void aCustomerWhoNeverAnswersTheAssistantsQuestionHasTheTicketClosedWithoutASurvey() {
        support.turns.add(ProcessTestSupport.turn("ORDER_STATUS", false));
        ProcessInstance pi = ProcessTestSupport.startLifecycle("ORDER_STATUS", "CHAT", false);
        ProcessInstance conversation = conversation(pi);
        execute(job(SelfService.Elements.TIMER_IDLE, conversation));
        assertThat(pi).hasPassed("Task_CloseUnanswered", Elements.END_CLOSED_WITHOUT_REPLY)
                .hasNotPassed(Elements.TASK_RESOLVE_BY_SELF_SERVICE, Elements.CALL_CSAT_SURVEY).isEnded();
        assertThat(support.calls).contains("assistantNoReplyDelegate", "autoCloseDelegate");
    }

    @Test
    void anAgentMayTakeTheConversationOverFromTheAssistant() {
        support.turns.add(articleTurn());
        ProcessInstance pi = ProcessTestSupport.startLifecycle("RETURN", "CHAT", false);
        conversation(pi);
        runtimeService().createMessageCorrelation(Messages.HUMAN_REQUESTED).processInstanceBusinessKey("SP-000042")
                .setVariable(SelfService.Vars.HANDOVER_REASON, "TAKEN_OVER").correlate();
        assertThat(support.handovers).containsExactly("TAKEN_OVER");
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
    }

    @Test
    void aCustomerWhoThanksTheAssistantHasTheTicketResolvedAndGetsTheSurveyLikeAnyOther() {
        support.turns.add(articleTurn());
        support.turns.add(ProcessTestSupport.turn("THANKS", true));
        ProcessInstance pi = ProcessTestSupport.startLifecycle("SHIPPING", "WHATSAPP", false);
        ProcessInstance conversation = conversation(pi);
        runtimeService().correlateMessage(Messages.CUSTOMER_REPLIED, "SP-000042");
        assertThat(conversation).hasPassed(SelfService.Elements.TASK_CLOSE, SelfService.Elements.END_RESOLVED).isEnded();
        assertThat(pi).hasPassed(Elements.TASK_RESOLVE_BY_SELF_SERVICE).isWaitingAt(Elements.GATEWAY_REOPEN_WINDOW);
        execute(job(Elements.TIMER_REOPEN_WINDOW_ENDS, pi));
        assertThat(pi).isWaitingAt(Elements.CALL_CSAT_SURVEY);
    }

    @Test
    void theSlaClockWaitsWhileTheAssistantTalksAndRunsAgainOnlyWhenAPersonTakesOver() {
        support.turns.add(articleTurn());
        ProcessInstance pi = ProcessTestSupport.startLifecycle("RETURN", "CHAT", false);
        ProcessInstance conversation = conversation(pi);
        assertThat(pi).hasPassed(Elements.TASK_PAUSE_SLA_FOR_ASSISTANT)
                .hasNotPassed(Elements.TASK_RESUME_SLA_AFTER_ASSISTANT);
        runtimeService().createMessageCorrelation(Messages.HUMAN_REQUESTED).processInstanceBusinessKey("SP-000042")
                .setVariable(SelfService.Vars.HANDOVER_REASON, "ASKED").correlate();
        assertThat(conversation).isEnded();
        assertThat(pi).hasPassed(Elements.TASK_RESUME_SLA_AFTER_ASSISTANT);
        assertThat(support.calls).containsSubsequence("pauseSlaForAssistantDelegate", "assistantArticleDelegate",
                "assistantHandOverDelegate", "resumeSlaAfterAssistantDelegate");
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
    }

    @Test
    void aConversationTheAssistantResolvesNeverRestartsTheClock() {
        support.turns.add(articleTurn());
        support.turns.add(ProcessTestSupport.turn("THANKS", true));
        ProcessInstance pi = ProcessTestSupport.startLifecycle("SHIPPING", "EMAIL", false);
        conversation(pi);
        runtimeService().correlateMessage(Messages.CUSTOMER_REPLIED, "SP-000042");
        assertThat(pi).hasPassed(Elements.TASK_PAUSE_SLA_FOR_ASSISTANT, Elements.TASK_RESOLVE_BY_SELF_SERVICE)
                .hasNotPassed(Elements.TASK_RESUME_SLA_AFTER_ASSISTANT);
    }

    @Test
    void customerMayAskForAPersonAfterTheAutomaticAnswer() {
        support.turns.add(orderTurn());
        ProcessInstance pi = ProcessTestSupport.startLifecycle("ORDER_STATUS", "CHAT", true);
        ProcessInstance conversation = conversation(pi);
        runtimeService().createMessageCorrelation(Messages.HUMAN_REQUESTED).processInstanceBusinessKey("SP-000042")
                .setVariable(SelfService.Vars.HANDOVER_REASON, "ASKED").correlate();
        assertThat(conversation).hasPassed("Event_HumanRequested", SelfService.Elements.TASK_HAND_OVER).isEnded();
        assertThat(support.handovers).containsExactly("ASKED");
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
    }

    @Test
    void aPhoneCallNeverGoesToTheAssistant() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("RETURN", "PHONE", false);
        assertThat(pi).hasNotPassed(Elements.CALL_SELF_SERVICE).isWaitingAt(Elements.CALL_TIER_HANDLING);
    }

    @Test
    void aProblemThatIsNotRoutineNeverGoesToTheAssistant() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("TECHNICAL", "CHAT", false);
        assertThat(pi).hasNotPassed(Elements.CALL_SELF_SERVICE).isWaitingAt(Elements.CALL_TIER_HANDLING);
    }

    private static ProcessInstance conversation(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(Elements.CALL_SELF_SERVICE);
        return calledProcessInstance(SelfService.KEY, pi);
    }

    private static java.util.Map<String, Object> orderTurn() {
        java.util.Map<String, Object> turn = ProcessTestSupport.turn("ORDER_STATUS", true);
        turn.put(SelfService.Vars.ORDER, "ORD-2026-000042");
        return turn;
    }

    private static java.util.Map<String, Object> articleTurn() {
        java.util.Map<String, Object> turn = ProcessTestSupport.turn("ARTICLE", true);
        turn.put(SelfService.Vars.ARTICLE, "returns-window");
        return turn;
    }

    @Test
    void resolvedTicketClosesAfterTheReopenWindowAndTheSurvey() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("RETURN", "EMAIL", false);
        resolve(pi);
        assertThat(pi).isWaitingAt(Elements.GATEWAY_REOPEN_WINDOW);
        assertThat(job(Elements.TIMER_REOPEN_WINDOW_ENDS, pi).getDuedate().toInstant())
                .isEqualTo(ProcessTestSupport.START.plus(java.time.Duration.ofDays(3)));
        execute(job(Elements.TIMER_REOPEN_WINDOW_ENDS, pi));
        assertThat(pi).isWaitingAt(Elements.CALL_CSAT_SURVEY);
        ProcessInstance survey = calledProcessInstance(TicketLifecycle.CSAT_SURVEY, pi);
        execute(job(Elements.TASK_SEND_SURVEY, survey));
        runtimeService().createMessageCorrelation(Messages.SURVEY_ANSWERED).processInstanceBusinessKey("SP-000042")
                .setVariable(Vars.CSAT_SCORE, 5).correlate();
        assertThat(pi).hasPassed("Task_CloseTicket", Elements.END_CLOSED).isEnded();
        assertThat(support.calls).containsSubsequence("sendSurveyDelegate", "closeTicketDelegate");
    }

    @Test
    void customerReplyWithinTheReopenWindowReopensTheTicket() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("RETURN", "EMAIL", false);
        resolve(pi);
        runtimeService().correlateMessage(Messages.TICKET_REOPENED, "SP-000042");
        assertThat(pi).hasPassed("Task_ReopenTicket");
        assertThat(task(tierHandling(pi))).hasCandidateGroup("tier1");
        assertThat(support.calls).contains("reopenTicketDelegate");
    }

    @Test
    void ticketAutoClosedForNoReplyEndsWithoutSurvey() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("SHIPPING", "EMAIL", false);
        ProcessInstance handling = tierHandling(pi);
        complete(task(handling), withVariables(Vars.OUTCOME, Outcome.PEND.name(), Vars.STICKY_ASSIGNEE, null));
        execute(job(Elements.TIMER_PENDING_REMINDER, handling));
        execute(job(Elements.TASK_SEND_REMINDER, handling));
        execute(job(Elements.TIMER_PENDING_AUTO_CLOSE, handling));
        assertThat(pi).hasPassed(Elements.END_CLOSED_WITHOUT_REPLY).hasNotPassed(Elements.CALL_CSAT_SURVEY).isEnded();
    }

    @Test
    void tierChangesInsideHandlingAreVisibleToTheLifecycle() {
        ProcessInstance pi = ProcessTestSupport.startLifecycle("SHIPPING", "EMAIL", false);
        complete(task(tierHandling(pi)), withVariables(Vars.OUTCOME, Outcome.ESCALATE.name(), Vars.TIER, "L2",
                Vars.ESCALATION_REASON, "damaged parcel claim", Vars.STICKY_ASSIGNEE, null));
        complete(task(tierHandling(pi)), withVariables(Vars.OUTCOME, Outcome.RESOLVE.name(), Vars.STICKY_ASSIGNEE, null,
                Vars.RESOLUTION_CODE, "ANSWERED"));
        assertThat(pi).isWaitingAt(Elements.GATEWAY_REOPEN_WINDOW).variables().containsEntry(Vars.TIER, "L2");
    }
}
