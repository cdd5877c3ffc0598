package io.sportello.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import io.sportello.security.AccountChange;
import io.sportello.security.UserAdministration;
import io.sportello.shared.Actor;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Business calendars an administrator keeps: lenient about how hours are written, strict about what they mean, and
 * seen by every clock as soon as they change. (The clocks on them: {@link TeamCalendarsModuleTest}.)
 */
class BusinessCalendarsTest extends SportelloSpringTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Actor ADMIN = Actor.user("admin", "Admin");
    private static final LocalDate BLACK_FRIDAY_SUNDAY = LocalDate.of(2026, 11, 29);
    private static final Map<DayOfWeek, List<String>> WEEKDAYS = Map.of(DayOfWeek.MONDAY, List.of("9-13, 14:00-18:00"),
            DayOfWeek.TUESDAY, List.of("09.00 - 18.00"), DayOfWeek.WEDNESDAY, List.of("9:00-18:00"),
            DayOfWeek.THURSDAY, List.of("9:00-18:00"), DayOfWeek.FRIDAY, List.of("9:00–18:00"));

    @Autowired
    BusinessCalendars calendars;
    @Autowired
    SlaService sla;
    @Autowired
    UserAdministration administration;

    @AfterEach
    void tier2BackOnTheStandardCalendar() {
        calendars.assign("tier2", BusinessCalendars.STANDARD, ADMIN);
    }

    private String newKey() {
        return "peak-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    private String peakCalendar() {
        String key = newKey();
        calendars.define(key, new BusinessCalendars.Definition("L2 at peak", "L2 in alta stagione", "Europe/Rome",
                "IT", WEEKDAYS), ADMIN);
        return key;
    }

    @Test
    void hoursAreReadTheWayPeopleWriteThem() {
        String key = peakCalendar();
        BusinessCalendars.CalendarView view = calendars.describe(key);
        assertThat(view.hours().get(DayOfWeek.MONDAY)).containsExactly(
                new BusinessCalendar.Interval(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new BusinessCalendar.Interval(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(view.hours().get(DayOfWeek.TUESDAY)).containsExactly(
                new BusinessCalendar.Interval(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThat(view.hours()).doesNotContainKey(DayOfWeek.SUNDAY);
        assertThat(view.holidays()).isEqualTo("it");
        assertThat(administration.changes("calendar:" + key)).extracting(AccountChange::getAttribute)
                .containsExactly(AccountChange.Attribute.CALENDAR_DEFINED);
    }

    @Test
    void wrongHoursZonesAndHolidaysNameTheirField() {
        String key = newKey();
        assertThatThrownBy(() -> calendars.define(key, new BusinessCalendars.Definition("A", "A", "Europe/Rome", "IT",
                Map.of(DayOfWeek.MONDAY, List.of("09:00-13:00", "12:00-18:00"))), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("hours.MONDAY");
        assertThatThrownBy(() -> calendars.define(key, new BusinessCalendars.Definition("A", "A", "Europe/Rome", "IT",
                Map.of(DayOfWeek.MONDAY, List.of("18:00-09:00"))), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("hours.MONDAY");
        assertThatThrownBy(() -> calendars.define(key, new BusinessCalendars.Definition("A", "A", "Europe/Rome", "IT",
                Map.of(DayOfWeek.MONDAY, List.of("25:00-26:00"))), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("hours.MONDAY");
        assertThatThrownBy(() -> calendars.define(key, new BusinessCalendars.Definition("A", "A", "Mars/Olympus", "IT",
                WEEKDAYS), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("timeZone");
        assertThatThrownBy(() -> calendars.define(key, new BusinessCalendars.Definition("A", "A", "Europe/Rome", "XX",
                WEEKDAYS), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("holidays");
        assertThatThrownBy(() -> calendars.define(key, new BusinessCalendars.Definition("A", "A", "Europe/Rome", "IT",
                Map.of()), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("hours");
        assertThatThrownBy(() -> calendars.define("Not a key!", new BusinessCalendars.Definition("A", "A",
                "Europe/Rome", "IT", WEEKDAYS), ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("key");
        assertThat(calendars.exists(key)).as("nothing half-saved").isFalse();
    }

    @Test
    void aDateThatDiffersOpensASundayAndClosesAHolidayWeekdayAndIsSeenAtOnce() {
        String key = peakCalendar();
        BusinessCalendar before = calendars.calendar(key);
        assertThat(before.openingOn(BLACK_FRIDAY_SUNDAY)).isEmpty();

        calendars.override(key, BLACK_FRIDAY_SUNDAY, List.of("10-18"), "Black Friday Sunday", ADMIN);
        calendars.override(key, LocalDate.of(2027, 8, 16), List.of(), "Bridge after Ferragosto", ADMIN);

        BusinessCalendar after = calendars.calendar(key);
        assertThat(after.openingOn(BLACK_FRIDAY_SUNDAY)).containsExactly(
                new BusinessCalendar.Interval(LocalTime.of(10, 0), LocalTime.of(18, 0)));
        assertThat(after.openingOn(LocalDate.of(2027, 8, 16))).as("a Monday, closed that day").isEmpty();
        assertThat(after.openingOn(LocalDate.of(2027, 8, 15))).as("Ferragosto, a national holiday").isEmpty();
        assertThat(calendars.describe(key).overrides()).extracting(BusinessCalendars.DateOverride::note)
                .containsExactly("Black Friday Sunday", "Bridge after Ferragosto");

        calendars.removeOverride(key, LocalDate.of(2027, 8, 16), ADMIN);
        assertThat(calendars.calendar(key).openingOn(LocalDate.of(2027, 8, 16))).isNotEmpty();
        assertThat(administration.changes("calendar:" + key)).filteredOn(
                c -> c.getAttribute() == AccountChange.Attribute.CALENDAR_DATE).hasSize(3);
        assertThatThrownBy(() -> calendars.override(key, BLACK_FRIDAY_SUNDAY, List.of("10-12", "11-13"), null, ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("hours");
        assertThatThrownBy(() -> calendars.override("nobody-made-this", BLACK_FRIDAY_SUNDAY, List.of(), null, ADMIN))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTeamCanOnlyBePutOnACalendarThatExists() {
        assertThatThrownBy(() -> calendars.assign("tier2", "nowhere", ADMIN))
                .isInstanceOf(FieldException.class).extracting(e -> ((FieldException) e).field()).isEqualTo("calendar");
        assertThatThrownBy(() -> calendars.assign("no-such-team", BusinessCalendars.STANDARD, ADMIN))
                .isInstanceOf(NotFoundException.class);
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void anAdministratorKeepsCalendarsThroughTheApiAndAWrongValueNamesItsField() throws Exception {
        String key = newKey();
        var basic = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("admin", "secret");
        var json = org.springframework.http.MediaType.APPLICATION_JSON;
        var ok = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/admin/calendars/" + key).with(basic).contentType(json).content("""
                        {"nameEn": "L2 at peak", "nameIt": "L2 in alta stagione", "timeZone": "Europe/Rome",
                         "holidays": "IT", "hours": {"monday": ["9-13", "14-18"], "FRIDAY": ["09:00-18:00"]}}
                        """)).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("\"MONDAY\":[\"09:00-13:00\",\"14:00-18:00\"]");

        var sunday = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/admin/calendars/" + key + "/dates/2026-11-29").with(basic).contentType(json)
                .content("{\"hours\": [\"10:00-18:00\"], \"note\": \"Black Friday Sunday\"}")).andReturn().getResponse();
        assertThat(sunday.getStatus()).isEqualTo(200);
        var assigned = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/admin/teams/tier2/calendar").with(basic).contentType(json)
                .content("{\"calendar\": \"" + key + "\"}")).andReturn().getResponse();
        assertThat(assigned.getStatus()).isEqualTo(200);
        var listed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/admin/calendars/" + key).with(basic)).andReturn().getResponse();
        assertThat(listed.getContentAsString()).contains("Black Friday Sunday").contains("\"teams\":[\"tier2\"]");

        var badDay = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/admin/calendars/" + key + "/dates/29-11-2026").with(basic).contentType(json)
                .content("{\"hours\": []}")).andReturn().getResponse();
        assertThat(badDay.getStatus()).isEqualTo(400);
        assertThat(badDay.getContentType()).isEqualTo("application/problem+json");
        assertThat(badDay.getContentAsString()).contains("date");
        var badHours = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/admin/calendars/" + key + "/dates/2026-12-24").with(basic).contentType(json)
                .content("{\"hours\": [\"after lunch\"]}")).andReturn().getResponse();
        assertThat(badHours.getStatus()).isEqualTo(400);
        assertThat(badHours.getContentAsString()).contains("hours");
        var agent = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/admin/calendars").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("luca", "secret"))).andReturn().getResponse();
        assertThat(agent.getStatus()).isEqualTo(403);
    }
}
