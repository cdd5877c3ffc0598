package io.sportello.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    final BusinessCalendar calendar = italianWeekdays();

    static BusinessCalendar italianWeekdays() {
        Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(d, List.of(BusinessCalendar.Interval.parse("09:00-13:00"), BusinessCalendar.Interval.parse("14:00-18:00")));
        }
        HolidayManager italy = HolidayManager.getInstance(ManagerParameters.create("it"));
        return new BusinessCalendar(ROME, hours, italy::isHoliday);
    }

    static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }

    @Test
    void addsTimeWithinOpeningHours() {
        assertThat(calendar.plus(rome("2026-11-23T09:30"), Duration.ofHours(2))).isEqualTo(rome("2026-11-23T11:30"));
    }

    @Test
    void lunchBreakDoesNotCount() {
        assertThat(calendar.plus(rome("2026-11-23T12:00"), Duration.ofHours(2))).isEqualTo(rome("2026-11-23T15:00"));
    }

    @Test
    void ticketArrivingAtNightStartsCountingAtOpening() {
        assertThat(calendar.plus(rome("2026-11-23T22:15"), Duration.ofMinutes(30))).isEqualTo(rome("2026-11-24T09:30"));
    }

    @Test
    void fridayEveningRollsOverTheWeekend() {
        assertThat(calendar.plus(rome("2026-11-27T17:00"), Duration.ofHours(4))).isEqualTo(rome("2026-11-30T12:00"));
    }

    @Test
    void italianHolidaysAreSkipped() {
        // 8 December (Immacolata) is a Tuesday in 2026; Christmas and Santo Stefano fall on Friday and Saturday
        assertThat(calendar.plus(rome("2026-12-07T17:00"), Duration.ofHours(2))).isEqualTo(rome("2026-12-09T10:00"));
        assertThat(calendar.plus(rome("2026-12-24T17:30"), Duration.ofHours(1))).isEqualTo(rome("2026-12-28T09:30"));
    }

    @Test
    void daylightSavingChangeKeepsLocalOpeningHours() {
        // clocks go back on Sunday 25 October 2026
        assertThat(calendar.plus(rome("2026-10-23T17:00"), Duration.ofHours(2))).isEqualTo(rome("2026-10-26T10:00"));
    }

    @Test
    void measuresBusinessTimeBetweenTwoInstants() {
        assertThat(calendar.between(rome("2026-11-27T17:00"), rome("2026-11-30T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(calendar.between(rome("2026-11-28T10:00"), rome("2026-11-29T10:00"))).isZero();
        assertThat(calendar.between(rome("2026-11-30T10:00"), rome("2026-11-27T10:00"))).isZero();
    }

    @Test
    void plusAndBetweenAgree() {
        Instant start = rome("2026-11-20T16:20");
        Instant due = calendar.plus(start, Duration.ofMinutes(1440));
        assertThat(calendar.between(start, due)).isEqualTo(Duration.ofMinutes(1440));
    }

    @Test
    void knowsWhenTheDeskIsOpen() {
        assertThat(calendar.isOpen(rome("2026-11-23T10:00"))).isTrue();
        assertThat(calendar.isOpen(rome("2026-11-23T13:30"))).isFalse();
        assertThat(calendar.isOpen(rome("2026-11-29T10:00"))).isFalse();
    }

    @Test
    void refusesACalendarWithoutOpeningHours() {
        assertThatThrownBy(() -> new BusinessCalendar(ROME, Map.of(), d -> false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateThatDiffersReplacesTheDaysHoursEvenOnAHoliday() {
        Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.MONDAY, List.of(BusinessCalendar.Interval.parse("09:00-18:00")));
        HolidayManager italy = HolidayManager.getInstance(ManagerParameters.create("it"));
        BusinessCalendar special = new BusinessCalendar(ROME, hours, italy::isHoliday, Map.of(
                java.time.LocalDate.of(2026, 11, 29), List.of(BusinessCalendar.Interval.parse("10:00-18:00")),
                java.time.LocalDate.of(2026, 11, 30), List.of(),
                java.time.LocalDate.of(2026, 12, 8), List.of(BusinessCalendar.Interval.parse("09:00-12:00"))));
        // Saturday evening + 1 hour: Sunday 29 November opens at 10
        assertThat(special.plus(rome("2026-11-28T19:00"), Duration.ofHours(1))).isEqualTo(rome("2026-11-29T11:00"));
        // Monday 30 November is closed: from Sunday 17:00, two hours end on Monday 7 December at 10:00
        assertThat(special.plus(rome("2026-11-29T17:00"), Duration.ofHours(2))).isEqualTo(rome("2026-12-07T10:00"));
        // 8 December is a national holiday (and a Tuesday), opened for three hours
        assertThat(special.isOpen(rome("2026-12-08T10:00"))).isTrue();
        assertThat(special.between(rome("2026-12-08T00:00"), rome("2026-12-09T00:00"))).isEqualTo(Duration.ofHours(3));
    }
}
