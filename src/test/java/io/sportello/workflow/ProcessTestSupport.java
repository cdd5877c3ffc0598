package io.sportello.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.sportello.workflow.TicketLifecycle.Vars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-in delegates for the fast process tests: each records its call and writes the outputs the real
 * delegate would (SLA deadlines relative to the engine clock, next tier on breach, AUTO_CLOSED…).
 */
final class ProcessTestSupport {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    static final Duration FIRST_RESPONSE = Duration.ofHours(4);
    static final Duration WARNING = Duration.ofHours(18);
    static final Duration RESOLUTION = Duration.ofHours(24);
    static final Duration RE_ESCALATION = Duration.ofHours(4);

    final List<String> calls = new ArrayList<>();
    boolean orderAnswerSent = true;

    static final String[] RESOURCES = {"processes/ticket-lifecycle.bpmn", "processes/tier-escalation.bpmn",
            "processes/csat-survey.bpmn", "processes/decisions/ticket-triage.dmn", "processes/decisions/sla-policy.dmn"};

    void register() {
        ClockUtil.setCurrentTime(Date.from(START));
        record("applyTriageDelegate", ex -> { });
        record("startSlaClocksDelegate", ex -> deadlines(ex));
        record("orderStatusAnswerDelegate", ex -> ex.setVariable(Vars.SELF_SERVICE_ANSWERED, orderAnswerSent));
        record("resolveBySelfServiceDelegate", ex -> { });
        record("reopenTicketDelegate", ex -> deadlines(ex));
        record("closeTicketDelegate", ex -> { });
        record("agentEscalationDelegate", ex -> { });
        record("breachEscalationDelegate", ex -> {
            String tier = (String) ex.getVariable(Vars.TIER);
            ex.setVariable(Vars.TIER, tier.equals("L1") ? "L2" : "L3");
            ex.setVariable(Vars.STICKY_ASSIGNEE, null);
            ex.setVariable(Vars.ESCALATION_DUE, Date.from(now().plus(RE_ESCALATION)));
        });
        record("firstResponseDueDelegate", ex -> { });
        record("resolutionWarningDelegate", ex -> { });
        record("pauseSlaDelegate", ex -> { });
        record("resumeSlaDelegate", ex -> {
            deadlines(ex);
            ex.setVariable(Vars.STICKY_ASSIGNEE, null);
        });
        record("pendingReminderDelegate", ex -> { });
        record("autoCloseDelegate", ex -> ex.setVariable(Vars.OUTCOME, Outcome.AUTO_CLOSED.name()));
        record("sendSurveyDelegate", ex -> { });
        record("expireSurveyDelegate", ex -> { });
    }

    static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void record(String name, JavaDelegate behaviour) {
        Mocks.register(name, (JavaDelegate) execution -> {
            calls.add(name);
            behaviour.execute(execution);
        });
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(now().plus(by)));
    }

    private static void deadlines(org.camunda.bpm.engine.delegate.VariableScope scope) {
        scope.setVariable(Vars.FIRST_RESPONSE_DUE, Date.from(now().plus(FIRST_RESPONSE)));
        scope.setVariable(Vars.RESOLUTION_DUE, Date.from(now().plus(RESOLUTION)));
        scope.setVariable(Vars.RESOLUTION_WARNING_AT, Date.from(now().plus(WARNING)));
        scope.setVariable(Vars.ESCALATION_DUE, Date.from(now().plus(RESOLUTION)));
    }

    static Map<String, Object> ticketVariables(String category, String channel, boolean orderKnown) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.TICKET_ID, 42L);
        vars.put(Vars.CATEGORY, category);
        vars.put(Vars.CHANNEL, channel);
        vars.put(Vars.CUSTOMER_VALUE, "STANDARD");
        vars.put(Vars.SENTIMENT, "NEUTRAL");
        vars.put(Vars.ORDER_KNOWN, orderKnown);
        vars.put(Vars.STICKY_ASSIGNEE, null);
        vars.put(Vars.OUTCOME, null);
        return vars;
    }

    static ProcessInstance startLifecycle(String category, String channel, boolean orderKnown) {
        return runtimeService().startProcessInstanceByKey(TicketLifecycle.KEY, "SP-000042",
                ticketVariables(category, channel, orderKnown));
    }

    static Map<String, Object> tierVariables(String tier) {
        Map<String, Object> vars = ticketVariables("SHIPPING", "EMAIL", false);
        vars.put(Vars.TIER, tier);
        vars.put(Vars.FIRST_RESPONSE_DUE, Date.from(now().plus(FIRST_RESPONSE)));
        vars.put(Vars.RESOLUTION_DUE, Date.from(now().plus(RESOLUTION)));
        vars.put(Vars.RESOLUTION_WARNING_AT, Date.from(now().plus(WARNING)));
        vars.put(Vars.ESCALATION_DUE, Date.from(now().plus(RESOLUTION)));
        return vars;
    }
}
