package io.sportello.sla.web;

import io.sportello.security.CurrentUser;
import io.sportello.shared.FieldException;
import io.sportello.sla.BusinessCalendar;
import io.sportello.sla.BusinessCalendars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Business calendars for administrators: weekly hours, time zone, holidays, dates that differ, and which team works
 * on which calendar. Hours are written the way people write them: {@code "09:00-13:00, 14:00-18:00"}.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Business calendars")
class CalendarController {

    private final BusinessCalendars calendars;
    private final CurrentUser currentUser;

    CalendarController(BusinessCalendars calendars, CurrentUser currentUser) {
        this.calendars = calendars;
        this.currentUser = currentUser;
    }

    record DateDto(LocalDate date, List<String> hours, boolean closed, String note) {
    }

    record CalendarDto(String key, String nameEn, String nameIt, String timeZone, String holidays,
                       Map<DayOfWeek, List<String>> hours, List<DateDto> dates, List<String> teams) {

        static CalendarDto of(BusinessCalendars.CalendarView v, Map<String, String> assignments) {
            Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
            v.hours().forEach((day, intervals) -> hours.put(day, texts(intervals)));
            List<String> teams = assignments.entrySet().stream().filter(e -> e.getValue().equals(v.key()))
                    .map(Map.Entry::getKey).toList();
            return new CalendarDto(v.key(), v.nameEn(), v.nameIt(), v.zone().getId(), v.holidays(), hours,
                    v.overrides().stream().map(o -> new DateDto(o.date(), texts(o.hours()), o.closed(), o.note()))
                            .toList(), teams);
        }
    }

    record CalendarInput(String nameEn, String nameIt, String timeZone, String holidays,
                         Map<String, List<String>> hours) {
    }

    record DateInput(List<String> hours, String note) {
    }

    record AssignmentInput(String calendar) {
    }

    @GetMapping("/api/v1/admin/calendars")
    @Operation(summary = "Every business calendar, the standard one first, with the teams that work on it")
    List<CalendarDto> list() {
        Map<String, String> assignments = calendars.assignments();
        return calendars.all().stream().map(v -> CalendarDto.of(v, assignments)).toList();
    }

    @GetMapping("/api/v1/admin/calendars/{key}")
    @Operation(summary = "One business calendar")
    CalendarDto get(@PathVariable String key) {
        return CalendarDto.of(calendars.describe(key), calendars.assignments());
    }

    @PutMapping("/api/v1/admin/calendars/{key}")
    @Operation(summary = "Add or change a calendar: names, time zone (Europe/Rome), holidays (IT or none), hours per day")
    CalendarDto define(@PathVariable String key, @RequestBody CalendarInput input) {
        Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
        if (input.hours() != null) {
            input.hours().forEach((name, texts) -> {
                DayOfWeek day = day(name);
                if (hours.put(day, texts == null ? List.of() : texts) != null) {
                    throw new FieldException("hours." + name, day + " is named twice");
                }
            });
        }
        calendars.define(key, new BusinessCalendars.Definition(input.nameEn(), input.nameIt(), input.timeZone(),
                input.holidays(), hours), currentUser.require().actor());
        return get(key.strip().toLowerCase(Locale.ROOT));
    }

    @PutMapping("/api/v1/admin/calendars/{key}/dates/{date}")
    @Operation(summary = "Set the hours of a date that differs; no hours closes the calendar that day")
    DateDto override(@PathVariable String key, @PathVariable String date, @RequestBody DateInput input) {
        if (input.hours() == null) {
            throw new FieldException("hours", "Give the day's hours, such as [\"10:00-18:00\"]; [] closes the day");
        }
        var saved = calendars.override(key, date(date), input.hours(), input.note(), currentUser.require().actor());
        return new DateDto(saved.date(), texts(saved.hours()), saved.closed(), saved.note());
    }

    @DeleteMapping("/api/v1/admin/calendars/{key}/dates/{date}")
    @Operation(summary = "The date works on the weekly hours again")
    ResponseEntity<Void> removeOverride(@PathVariable String key, @PathVariable String date) {
        calendars.removeOverride(key, date(date), currentUser.require().actor());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/admin/teams/{team}/calendar")
    @Operation(summary = "Put a team on a calendar (standard: the desk's standard hours)")
    Map<String, String> assign(@PathVariable String team, @RequestBody AssignmentInput input) {
        calendars.assign(team, input.calendar() == null ? null : input.calendar().strip(), currentUser.require().actor());
        Map<String, String> result = new LinkedHashMap<>();
        result.put("team", team);
        result.put("calendar", calendars.keyForTeam(team));
        return result;
    }

    private static List<String> texts(List<BusinessCalendar.Interval> intervals) {
        return intervals.stream().map(BusinessCalendars::text).toList();
    }

    /** MONDAY, monday, Mon; a day nobody knows names its field. */
    private static DayOfWeek day(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (t.length() >= 3 && day.name().startsWith(t)) {
                return day;
            }
        }
        throw new FieldException("hours." + text, "Name the days of the week MONDAY … SUNDAY (was '" + text + "')");
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FieldException("date", "Write the date as 2026-11-29 (was '" + text + "')");
        }
    }
}
