package io.sportello.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.shared.AdjustableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SLA module on its own (a scenario sees every event of its test, so each wait names the change it waits for), on a fixed desk clock: clocks on business time and what it announces — each change of
 * the deadlines, and a breach — for the ticket to show and the supervisors to hear.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "security"})
@ActiveProfiles("test")
// an engine of its own name: Camunda keeps engines in a static registry by name, and the full-stack tests' engine
// REST must keep reaching theirs
@org.springframework.test.context.TestPropertySource(properties = "camunda.bpm.process-engine-name=slamodule")
class SlaModuleTest {

    /** Monday 23 November 2026, 09:00 in Rome: business hours 9–18. */
    static final Instant MONDAY_9 = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    SlaService sla;
    @Autowired
    AdjustableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aPauseStopsTheResolutionClockAndTheResumeMovesItsDeadlineByTheBusinessTimePaused(Scenario scenario) {
        long ticket = 910_000_000L + System.nanoTime() % 1_000_000;
        clock.pin(MONDAY_9);
        SlaDeadlines started = sla.start(ticket, 240, 1440);
        // 24 business hours from Monday 9:00 at 9 hours a day: Wednesday 15:00
        assertThat(started.resolutionDue()).isEqualTo(Instant.parse("2026-11-25T14:00:00Z"));

        clock.pin(MONDAY_9.plus(Duration.ofHours(1)));
        scenario.stimulate(() -> sla.pause(ticket, "waiting for customer"))
                .andWaitForEventOfType(SlaClockChanged.class).matching(e -> e.ticketId() == ticket && e.paused())
                .toArriveAndVerify(e -> assertThat(sla.find(ticket).orElseThrow().getState()).isEqualTo(SlaState.PAUSED));

        // paused over the night: from Monday 10:00 to Tuesday 10:00 is 9 business hours
        clock.pin(Instant.parse("2026-11-24T09:00:00Z"));
        scenario.stimulate(() -> sla.resume(ticket, "customer replied"))
                .andWaitForEventOfType(SlaClockChanged.class).matching(e -> e.ticketId() == ticket && !e.paused()
                        && e.resolutionDue().isAfter(started.resolutionDue()))
                .toArriveAndVerify(e -> assertThat(e.resolutionDue()).isEqualTo(Instant.parse("2026-11-26T14:00:00Z")));
    }

    @Test
    void aMissedFirstResponseIsAnnouncedOnce(Scenario scenario) {
        long ticket = 920_000_000L + System.nanoTime() % 1_000_000;
        clock.pin(MONDAY_9);
        sla.start(ticket, 240, 1440);
        clock.pin(MONDAY_9.plus(Duration.ofHours(5)));
        scenario.stimulate(() -> sla.breachFirstResponse(ticket))
                .andWaitForEventOfType(SlaBreached.class).matching(e -> e.ticketId() == ticket)
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(SlaBreached.Kind.FIRST_RESPONSE);
                    assertThat(e.dueAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
                    assertThat(sla.breachFirstResponse(ticket)).as("once").isFalse();
                });
    }
}
