package io.sportello.sla;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.sportello.security.AccountChange;
import io.sportello.security.Teams;
import io.sportello.security.UserAdministration;
import io.sportello.shared.Actor;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's business calendars, kept by administrators in the database so that every node agrees and a change
 * needs no restart: weekly hours, time zone, national holidays and the dates that differ (open on Black Friday
 * Sunday, closed on 15 August). Teams are assigned a calendar; a team without one, and every clock that names none,
 * works on the {@value #STANDARD} calendar, which starts as {@code sportello.sla} in {@code application.yaml} until an
 * administrator saves it. Every change is recorded in the administration's history under {@code calendar:<key>}
 * and {@code team:<key>}.
 */
@Service
@Transactional
public class BusinessCalendars {

    public static final String STANDARD = "standard";
    public static final int MAX_OVERRIDES = 400;

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendars.class);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern INTERVAL = Pattern.compile(
            "\\s*(\\d{1,2})(?:[:.h](\\d{2}))?\\s*[-\u2013\u2014]\\s*(\\d{1,2})(?:[:.h](\\d{2}))?\\s*");
    private static final Pattern HOLIDAYS = Pattern.compile("[A-Za-z]{2}");

    /** A calendar as administrators see it. {@code stored} is false for the standard one still read from the settings. */
    public record CalendarView(String key, long version, String nameEn, String nameIt, ZoneId zone, String holidays,
                               Map<DayOfWeek, List<BusinessCalendar.Interval>> hours, List<DateOverride> overrides,
                               boolean stored) {

        public String name(Locale locale) {
            return "it".equals(locale.getLanguage()) ? nameIt : nameEn;
        }
    }

    /** The hours of one date that differs; no intervals means closed all day. */
    public record DateOverride(LocalDate date, List<BusinessCalendar.Interval> hours, String note) {

        public boolean closed() {
            return hours.isEmpty();
        }
    }

    /** What an administrator submits: names, zone ({@code Europe/Rome}), holidays ({@code IT} or none), hours per day. */
    public record Definition(String nameEn, String nameIt, String timeZone, String holidays,
                             Map<DayOfWeek, List<String>> hours) {
    }

    private record Cached(long version, BusinessCalendar calendar) {
    }

    private final CalendarDefinitionRepository definitions;
    private final CalendarOverrideRepository overrides;
    private final CalendarAssignmentRepository assignments;
    private final SlaProperties properties;
    private final Teams teams;
    private final UserAdministration administration;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Predicate<LocalDate>> holidayRules = new ConcurrentHashMap<>();

    BusinessCalendars(CalendarDefinitionRepository definitions, CalendarOverrideRepository overrides,
                      CalendarAssignmentRepository assignments, SlaProperties properties, Teams teams,
                      UserAdministration administration, Clock clock) {
        this.definitions = definitions;
        this.overrides = overrides;
        this.assignments = assignments;
        this.properties = properties;
        this.teams = teams;
        this.administration = administration;
        this.clock = clock;
    }

    /** The calendar of teams and clocks that name no other. */
    @Transactional(readOnly = true)
    public BusinessCalendar standard() {
        return calendar(STANDARD);
    }

    /**
     * The calendar with this key as it is now; a blank key is the standard calendar, and so is a key nobody defined
     * (logged: a clock keeps running rather than fail a process job).
     */
    @Transactional(readOnly = true)
    public BusinessCalendar calendar(String key) {
        String k = key == null || key.isBlank() ? STANDARD : key;
        long version = definitions.findVersion(k).orElse(-1L);
        if (version < 0 && !STANDARD.equals(k)) {
            log.warn("Business calendar '{}' is not defined; the standard calendar is used", k);
            return standard();
        }
        Cached cached = cache.get(k);
        if (cached != null && cached.version() == version) {
            return cached.calendar();
        }
        CalendarView view = describe(k);
        Map<LocalDate, List<BusinessCalendar.Interval>> special = new LinkedHashMap<>();
        view.overrides().forEach(o -> special.put(o.date(), o.hours()));
        BusinessCalendar built = new BusinessCalendar(view.zone(), view.hours(), holidayRule(view.holidays()), special);
        cache.put(k, new Cached(version, built));
        return built;
    }

    /** The key of the calendar a team works on. */
    @Transactional(readOnly = true)
    public String keyForTeam(String team) {
        return team == null ? STANDARD : assignments.findById(team).map(CalendarAssignment::getCalendarKey).orElse(STANDARD);
    }

    /** Team key → calendar key for every team that has its own. */
    @Transactional(readOnly = true)
    public Map<String, String> assignments() {
        return assignments.findAllByOrderByTeamKeyAsc().stream().collect(Collectors.toMap(
                CalendarAssignment::getTeamKey, CalendarAssignment::getCalendarKey, (a, b) -> a, LinkedHashMap::new));
    }

    /** The standard calendar first, then the others by key. */
    @Transactional(readOnly = true)
    public List<CalendarView> all() {
        List<CalendarView> all = new ArrayList<>();
        if (definitions.findById(STANDARD).isEmpty()) {
            all.add(describe(STANDARD));
        }
        definitions.findAllByOrderByKeyAsc().forEach(d -> all.add(view(d)));
        all.sort(Comparator.comparing((CalendarView v) -> !STANDARD.equals(v.key())).thenComparing(CalendarView::key));
        return all;
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return STANDARD.equals(key) || (key != null && definitions.existsById(key));
    }

    @Transactional(readOnly = true)
    public CalendarView describe(String key) {
        return definitions.findById(key == null ? "" : key).map(this::view).orElseGet(() -> {
            if (!STANDARD.equals(key)) {
                throw new NotFoundException("Business calendar", key);
            }
            Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
            properties.hours().forEach((day, list) -> hours.put(day, list.stream().map(BusinessCalendar.Interval::parse).toList()));
            return new CalendarView(STANDARD, -1, "Standard opening hours", "Orario standard",
                    ZoneId.of(properties.zone()), holidayCode(properties.holidays()), hours,
                    overrides(STANDARD), false);
        });
    }

    /**
     * Adds a calendar or changes one. Hours are lenient about how people write them ({@code 9-13, 14:00-18:00},
     * {@code 9.00–18.00}) and strict about what they mean: no empty or overlapping intervals, at least one open day.
     */
    public CalendarView define(String key, Definition definition, Actor by) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (!KEY.matcher(k).matches()) {
            throw new FieldException("key", "A calendar's key is 2 to 40 lower-case letters, digits or dashes, "
                    + "starting with a letter (l2-peak)");
        }
        String en = name(definition.nameEn(), "nameEn");
        String it = name(definition.nameIt(), "nameIt");
        ZoneId zone = zone(definition.timeZone());
        String holidays = holidayCode(definition.holidays());
        holidayRule(holidays);
        Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
        if (definition.hours() != null) {
            definition.hours().forEach((day, texts) -> {
                if (day == null) {
                    throw new FieldException("hours", "Name each day of the week (MONDAY … SUNDAY)");
                }
                List<BusinessCalendar.Interval> intervals = intervals(texts, "hours." + day.name());
                if (!intervals.isEmpty()) {
                    hours.put(day, intervals);
                }
            });
        }
        if (hours.isEmpty()) {
            throw new FieldException("hours", "A calendar needs opening hours on at least one day of the week");
        }
        String weekly = weekly(hours);
        CalendarDefinition existing = definitions.readByKey(k).orElse(null);
        String before = existing == null ? null : summary(existing.getNameEn(), existing.getTimeZone(),
                existing.getHolidays(), existing.getWeeklyHours());
        CalendarDefinition calendar = existing == null ? new CalendarDefinition(k) : existing;
        calendar.define(en, it, zone.getId(), weekly, holidays, clock.instant());
        definitions.saveAndFlush(calendar);
        administration.recordChange("calendar:" + k, existing == null ? AccountChange.Attribute.CALENDAR_DEFINED
                : AccountChange.Attribute.CALENDAR_CHANGED, before, summary(en, zone.getId(), holidays, weekly), by);
        return view(calendar);
    }

    /** Sets the hours of one date; no intervals closes the calendar that day. */
    public DateOverride override(String key, LocalDate date, List<String> hours, String note, Actor by) {
        CalendarDefinition calendar = stored(key);
        if (date == null) {
            throw new FieldException("date", "Give the date whose hours differ");
        }
        String n = note == null ? null : note.strip();
        if (n != null && n.length() > 200) {
            throw new FieldException("note", "A note is at most 200 characters");
        }
        List<BusinessCalendar.Interval> intervals = intervals(hours, "hours");
        String opening = intervals.stream().map(BusinessCalendars::text).collect(Collectors.joining(","));
        CalendarOverride existing = overrides.findByCalendarKeyAndOnDate(calendar.getKey(), date).orElse(null);
        String before = existing == null ? null : date + " " + display(existing.getOpening());
        if (existing == null) {
            if (overrides.findByCalendarKeyOrderByOnDateAsc(calendar.getKey()).size() >= MAX_OVERRIDES) {
                throw new FieldException("dates", "A calendar keeps at most " + MAX_OVERRIDES
                        + " dates that differ; remove past ones first");
            }
            overrides.save(new CalendarOverride(calendar.getKey(), date, opening, n == null || n.isEmpty() ? null : n));
        } else {
            existing.change(opening, n == null || n.isEmpty() ? null : n);
        }
        calendar.touch(clock.instant());
        definitions.saveAndFlush(calendar);
        administration.recordChange("calendar:" + calendar.getKey(), AccountChange.Attribute.CALENDAR_DATE, before,
                date + " " + display(opening) + (n == null || n.isEmpty() ? "" : " (" + n + ")"), by);
        return new DateOverride(date, intervals, n);
    }

    /** The date works on the weekly hours again. */
    public void removeOverride(String key, LocalDate date, Actor by) {
        CalendarDefinition calendar = stored(key);
        CalendarOverride existing = overrides.findByCalendarKeyAndOnDate(calendar.getKey(), date)
                .orElseThrow(() -> new NotFoundException("Date that differs", key + " " + date));
        overrides.delete(existing);
        calendar.touch(clock.instant());
        definitions.saveAndFlush(calendar);
        administration.recordChange("calendar:" + calendar.getKey(), AccountChange.Attribute.CALENDAR_DATE,
                date + " " + display(existing.getOpening()), date + " -", by);
    }

    /** Puts a team on a calendar; the standard calendar removes the team's own. */
    public void assign(String team, String calendarKey, Actor by) {
        if (team == null || !teams.keys().contains(team)) {
            throw new NotFoundException("Team", team);
        }
        if (!exists(calendarKey)) {
            throw new FieldException("calendar", "There is no business calendar '" + calendarKey + "'");
        }
        String before = keyForTeam(team);
        if (before.equals(calendarKey)) {
            return;
        }
        if (STANDARD.equals(calendarKey)) {
            assignments.deleteById(team);
        } else {
            assignments.findById(team).ifPresentOrElse(a -> a.use(calendarKey),
                    () -> assignments.save(new CalendarAssignment(team, calendarKey)));
        }
        administration.recordChange("team:" + team, AccountChange.Attribute.CALENDAR_ASSIGNED, before, calendarKey, by);
    }

    private CalendarDefinition stored(String key) {
        if (STANDARD.equals(key) && !definitions.existsById(STANDARD)) {
            // two administrators saving the first date at once: one insert wins, the other fails and can retry
            // the standard calendar is stored the first time a date of it differs
            CalendarView settings = describe(STANDARD);
            CalendarDefinition calendar = new CalendarDefinition(STANDARD);
            calendar.define(settings.nameEn(), settings.nameIt(), settings.zone().getId(), weekly(settings.hours()),
                    settings.holidays(), clock.instant());
            definitions.saveAndFlush(calendar);
        }
        return definitions.readByKey(key == null ? "" : key).orElseThrow(() -> new NotFoundException("Business calendar", key));
    }

    private CalendarView view(CalendarDefinition d) {
        Map<DayOfWeek, List<BusinessCalendar.Interval>> hours = new EnumMap<>(DayOfWeek.class);
        for (String day : d.getWeeklyHours().split(";")) {
            if (!day.isBlank()) {
                String[] parts = day.split("=", 2);
                hours.put(DayOfWeek.valueOf(parts[0]), parse(parts[1]));
            }
        }
        return new CalendarView(d.getKey(), d.getVersion(), d.getNameEn(), d.getNameIt(), ZoneId.of(d.getTimeZone()),
                d.getHolidays(), hours, overrides(d.getKey()), true);
    }

    private List<DateOverride> overrides(String key) {
        return overrides.findByCalendarKeyOrderByOnDateAsc(key).stream()
                .map(o -> new DateOverride(o.getOnDate(), parse(o.getOpening()), o.getNote())).toList();
    }

    private Predicate<LocalDate> holidayRule(String code) {
        if ("none".equals(code)) {
            return date -> false;
        }
        return holidayRules.computeIfAbsent(code, c -> {
            try {
                HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(c));
                return manager::isHoliday;
            } catch (RuntimeException e) {
                throw new FieldException("holidays", "There is no holiday calendar for '" + c
                        + "'; use a country code such as IT, DE, FR, or none");
            }
        });
    }

    private static String holidayCode(String code) {
        if (code == null || code.isBlank() || code.strip().equalsIgnoreCase("none")) {
            return "none";
        }
        String c = code.strip();
        if (!HOLIDAYS.matcher(c).matches()) {
            throw new FieldException("holidays", "Holidays are a two-letter country code such as IT, or none");
        }
        return c.toLowerCase(Locale.ROOT);
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw new FieldException("timeZone", "Give a time zone such as Europe/Rome");
        }
    }

    private static String name(String name, String field) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new FieldException(field, "Give the calendar a name of up to 100 characters");
        }
        return n;
    }

    /** Parses what a person wrote: each entry may hold several intervals separated by commas or semicolons. */
    static List<BusinessCalendar.Interval> intervals(List<String> texts, String field) {
        List<BusinessCalendar.Interval> intervals = new ArrayList<>();
        if (texts != null) {
            for (String text : texts) {
                if (text == null) {
                    continue;
                }
                for (String part : text.split("[,;]")) {
                    if (!part.isBlank()) {
                        intervals.add(interval(part, field));
                    }
                }
            }
        }
        intervals.sort(Comparator.comparing(BusinessCalendar.Interval::from));
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i).from().isBefore(intervals.get(i - 1).to())) {
                throw new FieldException(field, "Opening hours " + text(intervals.get(i - 1)) + " and "
                        + text(intervals.get(i)) + " overlap");
            }
        }
        if (intervals.size() > 8) {
            throw new FieldException(field, "A day has at most 8 opening intervals");
        }
        return List.copyOf(intervals);
    }

    private static BusinessCalendar.Interval interval(String text, String field) {
        Matcher m = INTERVAL.matcher(text);
        if (!m.matches()) {
            throw new FieldException(field, "Write opening hours as 09:00-13:00, 14:00-18:00 (was '" + text.strip() + "')");
        }
        LocalTime from = time(m.group(1), m.group(2), field, text);
        LocalTime to = time(m.group(3), m.group(4), field, text);
        if (!from.isBefore(to)) {
            throw new FieldException(field, "Opening hours " + text.strip() + " end before they start");
        }
        return new BusinessCalendar.Interval(from, to);
    }

    private static LocalTime time(String hours, String minutes, String field, String text) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h == 24 && m == 0) {
            return LocalTime.MAX;
        }
        if (h > 23 || m > 59) {
            throw new FieldException(field, "'" + text.strip() + "' is not a time of day");
        }
        return LocalTime.of(h, m);
    }

    private static List<BusinessCalendar.Interval> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(s -> interval(s, "hours")).toList();
    }

    /** An interval as the desk writes it: {@code 09:00-13:00}, {@code 24:00} for the end of the day. */
    public static String text(BusinessCalendar.Interval i) {
        return time(i.from()) + "-" + time(i.to());
    }

    private static String time(LocalTime t) {
        return t.equals(LocalTime.MAX) ? "24:00" : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String weekly(Map<DayOfWeek, List<BusinessCalendar.Interval>> hours) {
        return new java.util.TreeMap<>(hours).entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue().stream().map(BusinessCalendars::text)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    private static String display(String opening) {
        return opening == null || opening.isBlank() ? "closed" : opening;
    }

    private static String summary(String name, String zone, String holidays, String weekly) {
        return name + " · " + zone + " · holidays " + holidays + " · " + weekly;
    }
}
