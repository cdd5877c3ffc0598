package io.sportello.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.security.AccountChange;
import io.sportello.security.UserAdministration;
import io.sportello.shared.AdjustableClock;
import io.sportello.shared.Actor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each tier's SLA clock runs on the calendar its team works on: the L2 team opens on Black Friday Sunday and its
 * tickets' clocks count that day, L1's do not; a ticket escalated to L2 moves to L2's hours. The SLA module with the
 * people module it reads teams from, so that clocks need no tickets.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "security"})
@ActiveProfiles("test")
@org.springframework.test.context.TestPropertySource(properties = "camunda.bpm.process-engine-name=teamcalendars")
class TeamCalendarsModuleTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Actor ADMIN = Actor.user("admin", "Admin");
    private static final LocalDate BLACK_FRIDAY_SUNDAY = LocalDate.of(2026, 11, 29);
    private static final Map<DayOfWeek, List<String>> WEEKDAYS = Map.of(DayOfWeek.MONDAY, List.of("9-18"),
            DayOfWeek.TUESDAY, List.of("9-18"), DayOfWeek.WEDNESDAY, List.of("9-18"), DayOfWeek.THURSDAY,
            List.of("9-18"), DayOfWeek.FRIDAY, List.of("9-18"));

    @Autowired
    BusinessCalendars calendars;
    @Autowired
    SlaService sla;
    @Autowired
    UserAdministration administration;
    @Autowired
    AdjustableClock clock;

    @AfterEach
    void release() {
        calendars.assign("tier2", BusinessCalendars.STANDARD, ADMIN);
        clock.release();
    }

    private static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }

    private String peakCalendar() {
        String key = "peak-" + (System.nanoTime() % 1_000_000);
        calendars.define(key, new BusinessCalendars.Definition("L2 at peak", "L2 in alta stagione", "Europe/Rome",
                "IT", WEEKDAYS), ADMIN);
        return key;
    }

    @Test
    void eachTiersClockRunsOnItsTeamsCalendarSoL2CountsBlackFridaySunday() {
        String key = peakCalendar();
        calendars.override(key, BLACK_FRIDAY_SUNDAY, List.of("10:00-18:00"), "Black Friday Sunday", ADMIN);
        calendars.assign("tier2", key, ADMIN);
        assertThat(calendars.keyForTeam("tier2")).isEqualTo(key);
        assertThat(administration.changes("team:tier2")).filteredOn(
                c -> c.getAttribute() == AccountChange.Attribute.CALENDAR_ASSIGNED).isNotEmpty();

        // Saturday 28 November, 19:00 in Rome: both desks have closed for the day
        Instant saturdayEvening = rome("2026-11-28T19:00");
        clock.pin(saturdayEvening);
        long l2Ticket = 930_000_000L + System.nanoTime() % 1_000_000;
        long l1Ticket = l2Ticket + 1;
        SlaDeadlines l2 = sla.start(l2Ticket, 60, 600, saturdayEvening, null, "tier2");
        SlaDeadlines l1 = sla.start(l1Ticket, 60, 600, saturdayEvening, null, "tier1");

        assertThat(l2.firstResponseDue()).as("L2 opens on Sunday at 10").isEqualTo(rome("2026-11-29T11:00"));
        assertThat(l1.firstResponseDue()).as("L1 works the standard hours: not on Sunday")
                .isEqualTo(calendars.standard().plus(saturdayEvening, Duration.ofMinutes(60)))
                .isAfter(rome("2026-11-30T00:00"));
        assertThat(sla.find(l2Ticket).orElseThrow().getCalendarKey()).isEqualTo(key);

        // the L1 ticket is escalated to L2: its clock moves to L2's hours and counts Sunday
        SlaDeadlines moved = sla.followTeam(l1Ticket, "tier2");
        assertThat(moved.firstResponseDue()).isEqualTo(rome("2026-11-29T11:00"));
        assertThat(moved.resolutionDue()).isEqualTo(l2.resolutionDue());
    }

    @Test
    void aCalendarTheSlaPolicyNamesStaysWhenTheTicketChangesTeam() {
        String key = peakCalendar();
        calendars.override(key, BLACK_FRIDAY_SUNDAY, List.of("10:00-18:00"), null, ADMIN);
        Instant saturdayEvening = rome("2026-11-28T19:00");
        clock.pin(saturdayEvening);
        long ticket = 940_000_000L + System.nanoTime() % 1_000_000;
        SlaDeadlines started = sla.start(ticket, 60, 600, saturdayEvening, key, "tier1");
        assertThat(started.firstResponseDue()).isEqualTo(rome("2026-11-29T11:00"));
        assertThat(sla.followTeam(ticket, "tier3")).isEqualTo(started);
    }


    @Test
    void aClockMovedLaterKeepsTheTimeUsedOnTheOldHoursAndCountsTheRestOnTheNew() {
        String allDay = "round-the-clock-" + (System.nanoTime() % 1_000_000);
        Map<DayOfWeek, List<String>> always = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            always.put(d, List.of("00:00-24:00"));
        }
        calendars.define(allDay, new BusinessCalendars.Definition("Always open", "Sempre aperto", "Europe/Rome", "none",
                always), ADMIN);
        calendars.assign("tier2", allDay, ADMIN);
        // Monday 17:00 on the standard hours (9-18), 4 business hours to answer and 8 to resolve
        Instant monday = rome("2026-11-23T17:00");
        clock.pin(monday);
        long ticket = 950_000_000L + System.nanoTime() % 1_000_000;
        sla.start(ticket, 240, 480, monday, null, "tier1");
        // escalated on Tuesday at 10:00: 2 business hours used (Mon 17-18, Tue 9-10), the rest counts round the clock
        clock.pin(rome("2026-11-24T10:00"));
        SlaDeadlines moved = sla.followTeam(ticket, "tier2");
        assertThat(moved.firstResponseDue()).isEqualTo(rome("2026-11-24T12:00"));
        assertThat(moved.resolutionDue()).isEqualTo(rome("2026-11-24T16:00"));
        assertThat(moved.escalationDue()).isEqualTo(moved.resolutionDue());
    }

    @Test
    void aBreachedResolutionKeepsItsDateWhenTheTicketMovesOn() {
        String key = peakCalendar();
        Instant monday = rome("2026-11-23T09:00");
        clock.pin(monday);
        long ticket = 960_000_000L + System.nanoTime() % 1_000_000;
        SlaDeadlines started = sla.start(ticket, 60, 120, monday, null, "tier1");
        clock.pin(rome("2026-11-23T12:00"));
        sla.escalationDue(ticket);
        calendars.assign("tier2", key, ADMIN);
        SlaDeadlines moved = sla.followTeam(ticket, "tier2");
        assertThat(moved.resolutionDue()).isEqualTo(started.resolutionDue());
        assertThat(sla.followTeam(999_999_999L, "tier2")).as("no clock, nothing to move").isNull();
    }
}
