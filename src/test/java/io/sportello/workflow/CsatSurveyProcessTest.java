package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.sportello.workflow.TicketLifecycle.Elements;
import io.sportello.workflow.TicketLifecycle.Messages;
import io.sportello.workflow.TicketLifecycle.Vars;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of csat-survey.bpmn. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/csat-survey.bpmn")
class CsatSurveyProcessTest {

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

    private ProcessInstance startAndSend() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(TicketLifecycle.CSAT_SURVEY, "SP-000042",
                Map.of(Vars.TICKET_ID, 42L));
        assertThat(pi).isWaitingAt(Elements.TASK_SEND_SURVEY);
        execute(job(Elements.TASK_SEND_SURVEY, pi));
        assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT_ANSWER);
        assertThat(support.calls).contains("sendSurveyDelegate");
        return pi;
    }

    private void answer(int score) {
        runtimeService().createMessageCorrelation(Messages.SURVEY_ANSWERED).processInstanceBusinessKey("SP-000042")
                .setVariable(Vars.CSAT_SCORE, score).correlate();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void satisfiedOrNeutralAnswerEndsTheSurvey(int score) {
        ProcessInstance pi = startAndSend();
        answer(score);
        assertThat(pi).hasPassed("EndEvent_SurveyAnswered").isEnded();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void lowScoreGivesSupervisorsAFollowUpTask(int score) {
        ProcessInstance pi = startAndSend();
        answer(score);
        assertThat(pi).isWaitingAt(Elements.TASK_FOLLOW_UP_DETRACTOR);
        assertThat(task(pi)).hasCandidateGroup("supervisor");
        complete(task(pi));
        assertThat(pi).hasPassed("EndEvent_DetractorFollowedUp").isEnded();
    }

    @Test
    void unansweredSurveyExpiresAfterSevenDays() {
        ProcessInstance pi = startAndSend();
        assertThat(job(Elements.TIMER_SURVEY_EXPIRES, pi).getDuedate().toInstant())
                .isEqualTo(ProcessTestSupport.START.plus(java.time.Duration.ofDays(7)));
        execute(job(Elements.TIMER_SURVEY_EXPIRES, pi));
        assertThat(pi).hasPassed("Task_ExpireSurvey", "EndEvent_SurveyExpired").isEnded();
        assertThat(support.calls).contains("expireSurveyDelegate");
    }
}
