package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The triage and SLA policy tables, rule by rule. */
class DecisionTablesTest {

    static DmnEngine dmn;
    static DmnDecision triage;
    static DmnDecision slaPolicy;

    @BeforeAll
    static void parse() throws Exception {
        // as configured in application.yaml (dmnFeelEnableLegacyBehavior)
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        dmn = configuration.enableFeelLegacyBehavior(true).buildEngine();
        triage = parse("processes/decisions/ticket-triage.dmn", TicketLifecycle.TRIAGE_DECISION);
        slaPolicy = parse("processes/decisions/sla-policy.dmn", TicketLifecycle.SLA_DECISION);
    }

    private static DmnDecision parse(String resource, String key) throws Exception {
        try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return dmn.parseDecision(key, in);
        }
    }

    @ParameterizedTest(name = "{0} via {1}, {2}, {3}, urgency {4}, pre-sale {5}, order known {6} → {7} {8} {9} self-service={10}")
    @CsvSource({
            "FRAUD,        EMAIL,    STANDARD, NEUTRAL,  NORMAL, false, false, URGENT, L3, fraud,     false",
            "FRAUD,        CHAT,     VIP,      POSITIVE, LOW,    false, true,  URGENT, L3, fraud,     false",
            "PAYMENT,      EMAIL,    VIP,      NEUTRAL,  NORMAL, false, false, URGENT, L2, payments,  false",
            "PAYMENT,      EMAIL,    STANDARD, NEGATIVE, NORMAL, false, true,  URGENT, L2, payments,  false",
            "PAYMENT,      WHATSAPP, STANDARD, NEUTRAL,  HIGH,   false, true,  URGENT, L2, payments,  false",
            "PAYMENT,      WEB_FORM, STANDARD, NEUTRAL,  NORMAL, false, false, HIGH,   L2, payments,  true", 
            "PAYMENT,      CHAT,     STANDARD, NEUTRAL,  NORMAL, true,  false, HIGH,   L2, payments,  true", 
            "TECHNICAL,    CHAT,     STANDARD, NEUTRAL,  NORMAL, false, false, HIGH,   L2, technical, false",
            "TECHNICAL,    EMAIL,    STANDARD, NEUTRAL,  HIGH,   false, false, HIGH,   L2, technical, false",
            "TECHNICAL,    EMAIL,    STANDARD, NEUTRAL,  NORMAL, false, false, NORMAL, L2, technical, false",
            "ACCOUNT,      EMAIL,    VIP,      NEUTRAL,  NORMAL, false, false, HIGH,   L2, account,   false",
            "ACCOUNT,      EMAIL,    STANDARD, NEUTRAL,  HIGH,   false, false, HIGH,   L2, account,   false",
            "ACCOUNT,      WHATSAPP, STANDARD, NEUTRAL,  NORMAL, false, false, NORMAL, L2, account,   false",
            "PRODUCT,      EMAIL,    STANDARD, NEUTRAL,  LOW,    true,  false, HIGH,   L1, presale,   true", 
            "SHIPPING,     CHAT,     STANDARD, NEUTRAL,  NORMAL, true,  false, HIGH,   L1, presale,   true", 
            "ORDER_STATUS, EMAIL,    STANDARD, NEGATIVE, HIGH,   false, true,  HIGH,   L1, orders,    true",
            "ORDER_STATUS, CHAT,     STANDARD, NEGATIVE, HIGH,   false, false, HIGH,   L1, orders,    false",
            "ORDER_STATUS, EMAIL,    VIP,      NEUTRAL,  NORMAL, false, true,  HIGH,   L1, orders,    true",
            "ORDER_STATUS, CHAT,     STANDARD, NEGATIVE, NORMAL, false, true,  HIGH,   L1, orders,    true",
            "ORDER_STATUS, CHAT,     STANDARD, NEUTRAL,  NORMAL, false, true,  NORMAL, L1, orders,    true",
            "ORDER_STATUS, WHATSAPP, STANDARD, NEUTRAL,  LOW,    false, true,  NORMAL, L1, orders,    true",
            "ORDER_STATUS, EMAIL,    VIP,      NEUTRAL,  NORMAL, false, false, HIGH,   L1, orders,    false",
            "ORDER_STATUS, EMAIL,    STANDARD, NEGATIVE, NORMAL, false, false, HIGH,   L1, orders,    false",
            "ORDER_STATUS, EMAIL,    STANDARD, NEUTRAL,  NORMAL, false, false, NORMAL, L1, orders,    true", 
            "SHIPPING,     EMAIL,    STANDARD, NEGATIVE, NORMAL, false, false, HIGH,   L1, shipping,  false",
            "SHIPPING,     EMAIL,    STANDARD, NEUTRAL,  HIGH,   false, false, HIGH,   L1, shipping,  false",
            "SHIPPING,     SOCIAL,   STANDARD, NEUTRAL,  NORMAL, false, false, NORMAL, L1, shipping,  true", 
            "RETURN,       EMAIL,    VIP,      NEUTRAL,  NORMAL, false, false, HIGH,   L1, returns,   false",
            "RETURN,       EMAIL,    STANDARD, NEGATIVE, HIGH,   false, false, HIGH,   L1, returns,   false",
            "RETURN,       EMAIL,    STANDARD, NEUTRAL,  NORMAL, false, false, NORMAL, L1, returns,   true", 
            "PRODUCT,      CHAT,     STANDARD, NEUTRAL,  NORMAL, false, false, NORMAL, L1, product,   true", 
            "PRODUCT,      EMAIL,    STANDARD, NEUTRAL,  NORMAL, false, false, LOW,    L1, product,   true", 
            "OTHER,        EMAIL,    STANDARD, NEGATIVE, HIGH,   false, false, HIGH,   L1, general,   false",
            "OTHER,        EMAIL,    VIP,      NEUTRAL,  NORMAL, false, false, NORMAL, L1, general,   false",
            "OTHER,        EMAIL,    STANDARD, NEUTRAL,  NORMAL, false, false, LOW,    L1, general,   true"})
    void triage(String category, String channel, String value, String sentiment, String urgency, boolean presale,
                boolean orderKnown, String priority, String tier, String skill, boolean selfService) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(triage, Variables.createVariables()
                .putValue("category", category).putValue("channel", channel).putValue("customerValue", value)
                .putValue("sentiment", sentiment).putValue("urgency", urgency).putValue("presale", presale)
                .putValue("orderKnown", orderKnown).putValue("language", "it")).getSingleResult();
        assertThat(result.<String>getEntry("priority")).isEqualTo(priority);
        assertThat(result.<String>getEntry("tier")).isEqualTo(tier);
        assertThat(result.<String>getEntry("skill")).isEqualTo(skill);
        assertThat(result.<Boolean>getEntry("selfService")).isEqualTo(selfService);
        assertThat(result.<Boolean>getEntry("followUp")).isEqualTo(selfService && "HIGH".equals(urgency)
                && "ORDER_STATUS".equals(category));
    }

    @ParameterizedTest(name = "turn {0}, confident {1}, upset {2}, failed {3}, assistant spoke {4} → {5} ({6}), then a person {7}")
    @CsvSource(nullValues = "-", value = {
            "HUMAN,        true,  false, 0, 0, HAND_OVER,      ASKED,         false",
            "HUMAN,        true,  true,  3, 2, HAND_OVER,      ASKED,         false",
            "NEEDS_PERSON, true,  false, 0, 1, HAND_OVER,      NEEDS_PERSON,  false",
            "NOT_HELPED,   true,  false, 0, 1, HAND_OVER,      NOT_HELPED,    false",
            "THANKS,       true,  false, 1, 1, CLOSE,          -,             false",
            "ORDER_STATUS, true,  true,  0, 0, ANSWER_ORDER,   -,             false",
            "ARTICLE,      true,  true,  0, 0, HAND_OVER,      NEGATIVE,      false",
            "ORDER_STATUS, false, true,  0, 0, ASK_ORDER,      -,             false",
            "ORDER_STATUS, false, true,  1, 1, HAND_OVER,      NEGATIVE,      false",
            "UNKNOWN,      false, false, 2, 2, HAND_OVER,      TWO_FAILED,    false",
            "ORDER_STATUS, false, false, 2, 1, HAND_OVER,      TWO_FAILED,    false",
            "ORDER_STATUS, true,  false, 1, 1, ANSWER_ORDER,   -,             false",
            "ORDER_STATUS, false, false, 0, 0, ASK_ORDER,      -,             false",
            "ORDER_STATUS, false, false, 1, 1, ASK_ORDER,      -,             false",
            "ARTICLE,      true,  false, 1, 2, ANSWER_ARTICLE, -,             false",
            "UNKNOWN,      false, false, 1, 0, HAND_OVER,      NOT_CONFIDENT, false",
            "UNKNOWN,      false, false, 1, 1, ASK_AGAIN,      -,             false"})
    void selfServiceTurn(String intent, boolean confident, boolean negative, int failed, int turns, String action,
                         String reason, boolean thenHandOver) throws Exception {
        DmnDecision table = parse("processes/decisions/self-service-turn.dmn", SelfService.DECISION);
        DmnDecisionResultEntries result = dmn.evaluateDecision(table, Variables.createVariables()
                .putValue("botIntent", intent).putValue("botConfident", confident).putValue("botNegative", negative)
                .putValue("failedTurns", failed).putValue("botTurns", turns)).getSingleResult();
        assertThat(result.<String>getEntry("botAction")).isEqualTo(action);
        assertThat(result.<String>getEntry("handoverReason")).isEqualTo(reason);
        assertThat(result.<Boolean>getEntry("thenHandOver")).isEqualTo(thenHandOver);
    }

    @ParameterizedTest(name = "{0} {1} {2} pre-sale={5} → first response {3} min, resolution {4} min")
    @CsvSource({
            "URGENT, L2, CHAT,     5,   240, false",
            "URGENT, L3, PHONE,    5,   240, false",
            "URGENT, L3, EMAIL,    60,  480, false",
            "HIGH,   L3, EMAIL,    120, 1920, false",
            "NORMAL, L3, CHAT,     120, 1920, false",
            "HIGH,   L1, CHAT,     10,  480, false",
            "HIGH,   L2, EMAIL,    120, 960, false",
            "NORMAL, L1, PHONE,    15,  1440, false",
            "NORMAL, L1, EMAIL,    240, 1440, false",
            "LOW,    L1, CHAT,     30,  2400, false",
            "LOW,    L1, WEB_FORM, 480, 2400, false",
            // a pre-sale question is answered within minutes: the customer is about to buy
            "HIGH,   L1, CHAT,     3,   240,  true",
            "HIGH,   L1, WHATSAPP, 60,  480,  true",
            "HIGH,   L1, EMAIL,    60,  480,  true",
            "URGENT, L2, EMAIL,    60,  480,  true"})
    void slaPolicy(String priority, String tier, String channel, int firstResponse, int resolution, boolean presale) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(slaPolicy, Variables.createVariables()
                .putValue("priority", priority).putValue("tier", tier).putValue("channel", channel)
                .putValue("presale", presale)).getSingleResult();
        assertThat(((Number) result.getEntry("firstResponseMinutes")).intValue()).isEqualTo(firstResponse);
        assertThat(((Number) result.getEntry("resolutionMinutes")).intValue()).isEqualTo(resolution);
    }
}
