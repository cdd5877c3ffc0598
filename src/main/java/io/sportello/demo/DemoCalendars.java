package io.sportello.demo;

import io.sportello.shared.Actor;
import io.sportello.sla.BusinessCalendars;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

/**
 * The demo desk's business hours: L2 works on a calendar of its own for the peak, open on the Sunday after Black
 * Friday (this year's and next year's) and closed on the Ferragosto bridge; L1 and L3 keep the standard hours.
 * Created once; an administrator's later edits stand.
 */
final class DemoCalendars {

    static final String L2_PEAK = "l2-peak";

    private DemoCalendars() {
    }

    static void ensure(BusinessCalendars calendars, LocalDate today) {
        if (calendars.exists(L2_PEAK)) {
            return;
        }
        Actor admin = Actor.user("admin", "Admin");
        List<String> day = List.of("09:00-18:00");
        calendars.define(L2_PEAK, new BusinessCalendars.Definition("L2 · peak season", "L2 · alta stagione",
                "Europe/Rome", "IT", Map.of(DayOfWeek.MONDAY, day, DayOfWeek.TUESDAY, day, DayOfWeek.WEDNESDAY, day,
                DayOfWeek.THURSDAY, day, DayOfWeek.FRIDAY, day, DayOfWeek.SATURDAY, List.of("09:00-13:00"))), admin);
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            calendars.override(L2_PEAK, blackFridaySunday(year), List.of("10:00-18:00"), "Black Friday Sunday", admin);
            calendars.override(L2_PEAK, LocalDate.of(year, 8, 14), List.of(), "Ponte di Ferragosto", admin);
        }
        calendars.assign("tier2", L2_PEAK, admin);
    }

    /** Black Friday follows the fourth Thursday of November; its Sunday is two days later. */
    static LocalDate blackFridaySunday(int year) {
        LocalDate thanksgiving = Year.of(year).atMonth(11).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        return thanksgiving.plusDays(3);
    }
}
