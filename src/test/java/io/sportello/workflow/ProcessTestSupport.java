package io.sportello.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.sportello.workflow.TicketLifecycle.Vars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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
    /** What the assistant reads in each turn, in order; a turn it does not understand once they are used up. */
    final java.util.ArrayDeque<Map<String, Object>> turns = new java.util.ArrayDeque<>();
    /** Whether the assistant's answers go out (false: the order or the article was gone by then). */
    boolean botAnswerSent = true;
    /** The reasons the assistant handed over with, in order. */
    final List<String> handovers = new ArrayList<>();
    /** What the understanding step reads in the message (variables it sets); nothing by default. */
    final Map<String, Object> reading = new java.util.HashMap<>();

    static final String[] RESOURCES = {"processes/ticket-lifecycle.bpmn", "processes/tier-escalation.bpmn",
            "processes/self-service.bpmn", "processes/decisions/self-service-turn.dmn",
            "processes/csat-survey.bpmn", "processes/decisions/ticket-triage.dmn", "processes/decisions/sla-policy.dmn"};

    void register() {
        ClockUtil.setCurrentTime(Date.from(START));
        record("understandMessageDelegate", ex -> reading.forEach(ex::setVariable));
        record("applyTriageDelegate", ex -> {
            Object chosen = ex.getVariable(Vars.CHOSEN_PRIORITY);
            if (chosen != null) {
                ex.setVariable(Vars.PRIORITY, chosen);
            }
            tierGroup(ex);
        });
        record("startSlaClocksDelegate", ex -> deadlines(ex));
        record("orderStatusAnswerDelegate", ex -> ex.setVariable(Vars.SELF_SERVICE_ANSWERED, orderAnswerSent));
        record("readTurnDelegate", ex -> {
            Map<String, Object> turn = turns.isEmpty() ? turn("UNKNOWN", false) : turns.poll();
            ex.setVariable(SelfService.Vars.INTENT, turn.get(SelfService.Vars.INTENT));
            ex.setVariable(SelfService.Vars.CONFIDENT, turn.get(SelfService.Vars.CONFIDENT));
            ex.setVariable(SelfService.Vars.NEGATIVE, turn.getOrDefault(SelfService.Vars.NEGATIVE, false));
            ex.setVariable(SelfService.Vars.ORDER, turn.get(SelfService.Vars.ORDER));
            ex.setVariable(SelfService.Vars.ORDER_GIVEN, turn.getOrDefault(SelfService.Vars.ORDER_GIVEN, false));
            ex.setVariable(SelfService.Vars.ARTICLE, turn.get(SelfService.Vars.ARTICLE));
            ex.setVariable(SelfService.Vars.TURNS, count(ex, SelfService.Vars.TURNS));
            boolean failed = !Boolean.TRUE.equals(turn.get(SelfService.Vars.CONFIDENT))
                    && List.of("UNKNOWN", "ORDER_STATUS").contains(turn.get(SelfService.Vars.INTENT));
            ex.setVariable(SelfService.Vars.FAILED_TURNS, count(ex, SelfService.Vars.FAILED_TURNS) + (failed ? 1 : 0));
            ex.setVariable(SelfService.Vars.OUTCOME, null);
        });
        record("assistantOrderStatusDelegate", ex -> botAnswered(ex));
        record("assistantArticleDelegate", ex -> botAnswered(ex));
        record("assistantAskOrderDelegate", ex -> botSpoke(ex));
        record("assistantAskAgainDelegate", ex -> botSpoke(ex));
        record("assistantCloseDelegate", ex -> {
            botSpoke(ex);
            ex.setVariable(SelfService.Vars.OUTCOME, SelfService.RESOLVED);
        });
        record("assistantNoReplyDelegate", ex -> ex.setVariable(SelfService.Vars.OUTCOME, SelfService.NO_REPLY));
        record("assistantHandOverDelegate", ex -> {
            Object reason = ex.getVariable(SelfService.Vars.HANDOVER_REASON);
            handovers.add(reason == null ? "FOLLOW_UP" : reason.toString());
            ex.setVariable(SelfService.Vars.OUTCOME, SelfService.HANDED_OVER);
        });
        record("pauseSlaForAssistantDelegate", ex -> { });
        record("resumeSlaAfterAssistantDelegate", ex -> deadlines(ex));
        record("resolveBySelfServiceDelegate", ex -> { });
        record("reopenTicketDelegate", ex -> deadlines(ex));
        record("closeTicketDelegate", ex -> { });
        record("agentEscalationDelegate", ex -> tierGroup(ex));
        record("breachEscalationDelegate", ex -> {
            String tier = (String) ex.getVariable(Vars.TIER);
            ex.setVariable(Vars.TIER, tier.equals("L1") ? "L2" : "L3");
            tierGroup(ex);
            ex.setVariable(Vars.STICKY_ASSIGNEE, null);
            ex.setVariable(Vars.ESCALATION_DUE, Date.from(now().plus(RE_ESCALATION)));
        });
        record("recordFirstResponseDelegate", ex -> { });
        record("firstResponseBreachedDelegate", ex -> { });
        record("resolutionWarningDelegate", ex -> { });
        record("resolveTicketDelegate", ex -> { });
        record("markPendingDelegate", ex -> { });
        record("resumeTicketDelegate", ex -> {
            deadlines(ex);
            ex.setVariable(Vars.STICKY_ASSIGNEE, null);
        });
        record("pendingReminderDelegate", ex -> { });
        record("autoCloseDelegate", ex -> ex.setVariable(Vars.OUTCOME, Outcome.AUTO_CLOSED.name()));
        record("sendSurveyDelegate", ex -> { });
        record("expireSurveyDelegate", ex -> { });
    }

    /** A turn as the assistant reads it: its intent and whether it can answer it with confidence. */
    static Map<String, Object> turn(String intent, boolean confident) {
        Map<String, Object> turn = new java.util.HashMap<>();
        turn.put(SelfService.Vars.INTENT, intent);
        turn.put(SelfService.Vars.CONFIDENT, confident);
        return turn;
    }

    /** The same turn from an upset customer. */
    static Map<String, Object> upset(Map<String, Object> turn) {
        turn.put(SelfService.Vars.NEGATIVE, true);
        return turn;
    }

    private void botAnswered(org.camunda.bpm.engine.delegate.DelegateExecution ex) {
        ex.setVariable(SelfService.Vars.ANSWERED, botAnswerSent);
        if (botAnswerSent) {
            botSpoke(ex);
        }
    }

    private static void botSpoke(org.camunda.bpm.engine.delegate.DelegateExecution ex) {
        ex.setVariable(SelfService.Vars.TURNS, count(ex, SelfService.Vars.TURNS) + 1);
    }

    private static int count(org.camunda.bpm.engine.delegate.DelegateExecution ex, String name) {
        return ex.getVariable(name) instanceof Number n ? n.intValue() : 0;
    }

    /** What the real delegates do whenever they set the tier: the handling task goes to that tier's group. */
    private static void tierGroup(org.camunda.bpm.engine.delegate.VariableScope scope) {
        scope.setVariable(Vars.TIER_GROUP, io.sportello.ticket.Tier.valueOf((String) scope.getVariable(Vars.TIER)).group());
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

    /** What production starts a lifecycle with ({@link TicketProcesses#startVariables}). */
    static Map<String, Object> ticketVariables(String category, String channel, boolean orderKnown) {
        return TicketProcesses.startVariables(42L, category, channel, io.sportello.customer.CustomerValue.STANDARD,
                "NEUTRAL", orderKnown);
    }

    static ProcessInstance startLifecycle(String category, String channel, boolean orderKnown) {
        return runtimeService().startProcessInstanceByKey(TicketLifecycle.KEY, "SP-000042",
                ticketVariables(category, channel, orderKnown));
    }

    static Map<String, Object> tierVariables(String tier) {
        Map<String, Object> vars = ticketVariables("SHIPPING", "EMAIL", false);
        vars.put(Vars.TIER, tier);
        vars.put(Vars.TIER_GROUP, io.sportello.ticket.Tier.valueOf(tier).group());
        vars.put(Vars.FIRST_RESPONSE_DUE, Date.from(now().plus(FIRST_RESPONSE)));
        vars.put(Vars.RESOLUTION_DUE, Date.from(now().plus(RESOLUTION)));
        vars.put(Vars.RESOLUTION_WARNING_AT, Date.from(now().plus(WARNING)));
        vars.put(Vars.ESCALATION_DUE, Date.from(now().plus(RESOLUTION)));
        return vars;
    }
}
