package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
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
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of tier-escalation.bpmn, timers included, with stand-in delegates. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/ticket-lifecycle.bpmn", "processes/tier-escalation.bpmn",
        "processes/self-service.bpmn", "processes/decisions/self-service-turn.dmn",
        "processes/csat-survey.bpmn", "processes/decisions/ticket-triage.dmn", "processes/decisions/sla-policy.dmn"})
class TierEscalationProcessTest {

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

    private ProcessInstance start(String tier) {
        return runtimeService().startProcessInstanceByKey(TicketLifecycle.TIER_ESCALATION, "SP-000042",
                ProcessTestSupport.tierVariables(tier));
    }

    private void completeWith(ProcessInstance pi, Outcome outcome, Object... more) {
        complete(task(pi), withVariables(Vars.OUTCOME, outcome.name(), more));
    }

    @Test
    void oneHandlingTaskIsOfferedToTheTiersGroup() {
        assertThat(task(start("L1"))).hasCandidateGroup("tier1").hasDefinitionKey(Elements.TASK_HANDLE_TICKET)
                .hasFormKey(WorkKind.HANDLE_TICKET.formKey());
        assertThat(task(start("L2"))).hasCandidateGroup("tier2").hasDefinitionKey(Elements.TASK_HANDLE_TICKET);
        assertThat(task(start("L3"))).hasCandidateGroup("tier3").hasDefinitionKey(Elements.TASK_HANDLE_TICKET);
    }

    @Test
    void taskIsDueWhenTheResolutionSlaIsDue() {
        ProcessInstance pi = start("L1");
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(ProcessTestSupport.START.plus(ProcessTestSupport.RESOLUTION));
    }

    @Test
    void resolvingEndsHandling() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.RESOLVE, Vars.STICKY_ASSIGNEE, null, Vars.RESOLUTION_CODE, "ANSWERED");
        assertThat(pi).hasPassed(Elements.TASK_RESOLVE_TICKET, "EndEvent_Resolved").isEnded();
        assertThat(support.calls).contains("resolveTicketDelegate");
    }

    @Test
    void replyingKeepsTheTicketWithTheSameAgent() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.REPLY, Vars.STICKY_ASSIGNEE, "luca");
        assertThat(pi).isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(task(pi)).isAssignedTo("luca");
    }

    @Test
    void agentEscalationMovesTheTicketToTheRequestedTier() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.ESCALATE, Vars.TIER, "L2", Vars.ESCALATION_REASON, "payment check", Vars.STICKY_ASSIGNEE, null);
        assertThat(pi).hasPassed("Task_RecordEscalation").isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(task(pi)).hasCandidateGroup("tier2").isNotAssigned();
        assertThat(support.calls).contains("agentEscalationDelegate");
    }

    @Test
    void waitingForTheCustomerPausesAndTheirReplyResumes() {
        ProcessInstance pi = start("L2");
        completeWith(pi, Outcome.PEND, Vars.STICKY_ASSIGNEE, null);
        assertThat(pi).hasPassed(Elements.TASK_MARK_PENDING).isWaitingAt(Elements.GATEWAY_WAIT_FOR_CUSTOMER);
        runtimeService().correlateMessage(Messages.CUSTOMER_REPLIED, "SP-000042");
        assertThat(pi).hasPassed(Elements.TASK_RESUME_TICKET).isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(task(pi)).hasCandidateGroup("tier2");
        assertThat(support.calls).containsSubsequence("markPendingDelegate", "resumeTicketDelegate");
    }

    @Test
    void silentCustomerGetsAReminderThenTheTicketClosesItself() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.PEND, Vars.STICKY_ASSIGNEE, null);
        execute(job(Elements.TIMER_PENDING_REMINDER, pi));
        assertThat(pi).isWaitingAt(Elements.TASK_SEND_REMINDER);
        execute(job(Elements.TASK_SEND_REMINDER, pi));
        assertThat(pi).isWaitingAt(Elements.GATEWAY_WAIT_AFTER_REMINDER);
        execute(job(Elements.TIMER_PENDING_AUTO_CLOSE, pi));
        assertThat(pi).hasPassed("Task_AutoClose", "EndEvent_AutoClosed").isEnded()
                .variables().containsEntry(Vars.OUTCOME, Outcome.AUTO_CLOSED.name());
        assertThat(support.calls).contains("pendingReminderDelegate", "autoCloseDelegate");
    }

    @Test
    void customerReplyAfterTheReminderResumesWork() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.PEND, Vars.STICKY_ASSIGNEE, null);
        execute(job(Elements.TIMER_PENDING_REMINDER, pi));
        execute(job(Elements.TASK_SEND_REMINDER, pi));
        runtimeService().correlateMessage(Messages.CUSTOMER_REPLIED, "SP-000042");
        assertThat(pi).hasPassed("Event_CustomerRepliedAfterReminder", Elements.TASK_RESUME_TICKET)
                .isWaitingAt(Elements.TASK_HANDLE_TICKET);
    }

    @Test
    void agentMayResolveWhileWaitingForTheCustomer() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.PEND, Vars.STICKY_ASSIGNEE, null);
        runtimeService().createMessageCorrelation(Messages.RESOLVED_BY_AGENT).processInstanceBusinessKey("SP-000042")
                .setVariable(Vars.OUTCOME, Outcome.RESOLVE.name()).setVariable(Vars.RESOLUTION_CODE, "ANSWERED").correlate();
        assertThat(pi).hasPassed("Event_ResolvedWhilePending", Elements.TASK_RESOLVE_TICKET, "EndEvent_Resolved").isEnded()
                .variables().containsEntry(Vars.OUTCOME, "RESOLVE");
    }

    @Test
    void agentMayResolveAfterTheReminder() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.PEND, Vars.STICKY_ASSIGNEE, null);
        execute(job(Elements.TIMER_PENDING_REMINDER, pi));
        execute(job(Elements.TASK_SEND_REMINDER, pi));
        runtimeService().createMessageCorrelation(Messages.RESOLVED_BY_AGENT).processInstanceBusinessKey("SP-000042")
                .setVariable(Vars.OUTCOME, Outcome.RESOLVE.name()).setVariable(Vars.RESOLUTION_CODE, "ANSWERED").correlate();
        assertThat(pi).hasPassed("Event_ResolvedAfterReminder", Elements.TASK_RESOLVE_TICKET).isEnded();
    }

    @Test
    void theFirstReplyStopsTheFirstResponseClockAndCancelsItsTimer() {
        ProcessInstance pi = start("L1");
        assertThat(pi).isWaitingAt(Elements.TASK_HANDLE_TICKET, Elements.GATEWAY_FIRST_RESPONSE);
        runtimeService().createMessageCorrelation(Messages.FIRST_RESPONSE_GIVEN).processInstanceBusinessKey("SP-000042")
                .setVariable(Vars.FIRST_RESPONSE_AT, java.util.Date.from(ProcessTestSupport.now())).correlate();
        assertThat(pi).hasPassed("Event_FirstResponseGiven", Elements.TASK_RECORD_FIRST_RESPONSE)
                .isWaitingAt(Elements.TASK_HANDLE_TICKET).isNotWaitingAt(Elements.GATEWAY_FIRST_RESPONSE);
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(Elements.TIMER_FIRST_RESPONSE_OVERDUE).count()).isZero();
        assertThat(support.calls).contains("recordFirstResponseDelegate").doesNotContain("firstResponseBreachedDelegate");
    }

    @Test
    void noFirstReplyByTheDeadlineIsABreachAndTheLateReplyIsStillRecorded() {
        ProcessInstance pi = start("L1");
        ProcessTestSupport.moveClock(ProcessTestSupport.FIRST_RESPONSE);
        execute(job(Elements.TIMER_FIRST_RESPONSE_OVERDUE, pi));
        assertThat(pi).hasPassed(Elements.TASK_FIRST_RESPONSE_BREACHED)
                .isWaitingAt(Elements.TASK_HANDLE_TICKET, Elements.EVENT_FIRST_RESPONSE_AFTER_BREACH);
        runtimeService().correlateMessage(Messages.FIRST_RESPONSE_GIVEN, "SP-000042");
        assertThat(pi).hasPassed(Elements.TASK_RECORD_FIRST_RESPONSE).isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(support.calls).containsSubsequence("firstResponseBreachedDelegate", "recordFirstResponseDelegate");
    }

    @Test
    void aFirstReplyGivenBeforeTierHandlingIsRecordedAtOnceWithoutATimer() {
        var vars = ProcessTestSupport.tierVariables("L1");
        vars.put(Vars.FIRST_RESPONSE_AT, java.util.Date.from(ProcessTestSupport.now()));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(TicketLifecycle.TIER_ESCALATION, "SP-000042", vars);
        assertThat(pi).hasPassed(Elements.TASK_RECORD_FIRST_RESPONSE).isWaitingAt(Elements.TASK_HANDLE_TICKET)
                .isNotWaitingAt(Elements.GATEWAY_FIRST_RESPONSE);
    }

    @Test
    void resolvingEndsTheFirstResponseWaitToo() {
        ProcessInstance pi = start("L1");
        completeWith(pi, Outcome.RESOLVE, Vars.STICKY_ASSIGNEE, null, Vars.RESOLUTION_CODE, "ANSWERED");
        assertThat(pi).isEnded();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void warningTimerWarnsAndLeavesTheTaskOpen() {
        ProcessInstance pi = start("L1");
        ProcessTestSupport.moveClock(ProcessTestSupport.WARNING);
        execute(job(Elements.TIMER_RESOLUTION_WARNING, pi));
        assertThat(pi).hasPassed("Task_WarnResolution").isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(support.calls).contains("resolutionWarningDelegate");
    }

    @Test
    void resolutionBreachEscalatesToTheNextTier() {
        ProcessInstance pi = start("L1");
        ProcessTestSupport.moveClock(ProcessTestSupport.RESOLUTION);
        execute(job(Elements.TIMER_ESCALATION_DUE, pi));
        assertThat(pi).hasPassed("Task_EscalateOnBreach").isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(task(pi)).hasCandidateGroup("tier2");
        // the next escalation is due later, not at once
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(ProcessTestSupport.now().plus(ProcessTestSupport.RE_ESCALATION));
    }

    @Test
    void breachAtTheHighestTierStaysThereAndEscalatesAgainLater() {
        ProcessInstance pi = start("L3");
        ProcessTestSupport.moveClock(ProcessTestSupport.RESOLUTION);
        execute(job(Elements.TIMER_ESCALATION_DUE, pi));
        assertThat(pi).isWaitingAt(Elements.TASK_HANDLE_TICKET);
        ProcessTestSupport.moveClock(ProcessTestSupport.RE_ESCALATION);
        execute(job(Elements.TIMER_ESCALATION_DUE, pi));
        assertThat(pi).isWaitingAt(Elements.TASK_HANDLE_TICKET);
        assertThat(support.calls.stream().filter("breachEscalationDelegate"::equals)).hasSize(2);
    }

    @Test
    void aClaimedTaskLosesItsAssigneeWhenEscalatedOnBreach() {
        ProcessInstance pi = start("L1");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim(task(pi), "luca");
        ProcessTestSupport.moveClock(Duration.ofDays(2));
        execute(job(Elements.TIMER_ESCALATION_DUE, pi));
        assertThat(task(pi)).isNotAssigned().hasCandidateGroup("tier2");
    }
}
