package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parcel-alerts table, rule by rule: what the desk tells, and when a person must act. */
class ParcelAlertsTableTest {

    static DmnEngine dmn;
    static DmnDecision alerts;

    @BeforeAll
    static void parse() throws Exception {
        dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .enableFeelLegacyBehavior(true).buildEngine();
        try (InputStream in = ParcelAlertsTableTest.class.getClassLoader()
                .getResourceAsStream("processes/decisions/parcel-alerts.dmn")) {
            alerts = dmn.parseDecision(ParcelWatch.DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} {1}, {2} days late, {3} attempts → notify={4} {5}, ticket={6}, answer on ticket={7}")
    @CsvSource({
            "REGISTERED, INFO_RECEIVED,        0, 0, true,  SHIPPED,              false, true",
            "REGISTERED, IN_TRANSIT,           0, 0, true,  IN_TRANSIT,           false, true",
            "STATUS,     IN_TRANSIT,           0, 0, true,  IN_TRANSIT,           false, true",
            "STATUS,     OUT_FOR_DELIVERY,     0, 0, true,  OUT_FOR_DELIVERY,     false, true",
            "STATUS,     FAILED_ATTEMPT,       0, 1, true,  FAILED_ATTEMPT,       false, true",
            "STATUS,     FAILED_ATTEMPT,       0, 2, true,  FAILED_ATTEMPT,       true,  true",
            "STATUS,     AVAILABLE_FOR_PICKUP, 0, 1, true,  AVAILABLE_FOR_PICKUP, true,  true",
            "STATUS,     EXCEPTION,            0, 0, true,  EXCEPTION,            true,  true",
            "STATUS,     RETURNED_TO_SENDER,   0, 0, true,  RETURNED_TO_SENDER,   true,  true",
            "STATUS,     DELIVERED,            0, 0, true,  DELIVERED,            false, true",
            "LATE,       IN_TRANSIT,           1, 0, true,  DELAYED,              false, true",
            "LATE,       IN_TRANSIT,           2, 0, true,  DELAYED,              false, true",
            "LATE,       IN_TRANSIT,           3, 0, true,  DELAYED,              true,  true",
            "LATE,       OUT_FOR_DELIVERY,     5, 0, true,  DELAYED,              true,  true",
            "LATE,       IN_TRANSIT,           0, 0, false, ,                     false, false",
            "DATE,       IN_TRANSIT,           0, 0, false, ,                     false, false",
            "STATUS,     INFO_RECEIVED,        0, 0, false, ,                     false, false",
    })
    void decides(String change, String status, int daysLate, int attempts, boolean notify, String notice,
                 boolean openTicket, boolean updateTicket) {
        DmnDecisionResultEntries r = dmn.evaluateDecision(alerts, Variables.fromMap(Map.of(ParcelWatch.Vars.PARCEL_CHANGE, change,
                        ParcelWatch.Vars.PARCEL_STATUS, status, ParcelWatch.Vars.DAYS_LATE, daysLate,
                        ParcelWatch.Vars.FAILED_ATTEMPTS, attempts))).getSingleResult();
        assertThat((Boolean) r.getEntry(ParcelWatch.Vars.NOTIFY)).isEqualTo(notify);
        assertThat((String) r.getEntry(ParcelWatch.Vars.NOTICE)).isEqualTo(notice);
        assertThat((Boolean) r.getEntry(ParcelWatch.Vars.OPEN_TICKET)).isEqualTo(openTicket);
        assertThat((Boolean) r.getEntry(ParcelWatch.Vars.UPDATE_TICKET)).isEqualTo(updateTicket);
    }
}
