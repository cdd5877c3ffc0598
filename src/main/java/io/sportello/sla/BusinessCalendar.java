package io.sportello.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Opening hours per weekday in one time zone, minus holidays, with dates that differ (open on the Sunday after Black
 * Friday, closed on 15 August). Adds business time to an instant and measures the business time between two
 * instants; outside opening hours the clock does not run.
 */
public final class BusinessCalendar {

    /** Opening interval within one day, {@code from} inclusive, {@code to} exclusive. */
    public record Interval(LocalTime from, LocalTime to) {
        public Interval {
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("Opening interval " + from + "-" + to + " is empty");
            }
        }

        public static Interval parse(String text) {
            String[] parts = text.strip().split("-");
            return new Interval(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        }
    }

    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Interval>> hours;
    private final Predicate<LocalDate> holiday;
    private final Map<LocalDate, List<Interval>> overrides;
    private final Map<LocalDate, Boolean> holidayCache = new ConcurrentHashMap<>();

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Interval>> hours, Predicate<LocalDate> holiday) {
        this(zone, hours, holiday, Map.of());
    }

    /**
     * A calendar whose {@code overrides} replace the day's hours: an empty list closes the day, hours open it even on
     * a holiday or a weekday that is normally closed.
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Interval>> hours, Predicate<LocalDate> holiday,
                            Map<LocalDate, List<Interval>> overrides) {
        this.zone = zone;
        this.hours = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, intervals) -> this.hours.put(day, intervals.stream()
                .sorted(java.util.Comparator.comparing(Interval::from)).toList()));
        if (this.hours.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("A business calendar needs opening hours on at least one day");
        }
        this.holiday = holiday;
        Map<LocalDate, List<Interval>> sorted = new java.util.HashMap<>();
        overrides.forEach((day, intervals) -> sorted.put(day, intervals.stream()
                .sorted(java.util.Comparator.comparing(Interval::from)).toList()));
        this.overrides = Map.copyOf(sorted);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant when {@code amount} of business time has passed after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + amount);
        }
        Duration remaining = amount;
        ZonedDateTime cursor = start.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Interval interval : openingOn(day)) {
                Instant from = ZonedDateTime.of(day, interval.from(), zone).toInstant();
                Instant to = ZonedDateTime.of(day, interval.to(), zone).toInstant();
                if (!to.isAfter(start)) {
                    continue;
                }
                Instant effectiveFrom = from.isBefore(start) ? start : from;
                Duration available = Duration.between(effectiveFrom, to);
                if (remaining.compareTo(available) <= 0) {
                    return effectiveFrom.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("No business time within " + MAX_DAYS + " days of " + start);
    }

    /** Business time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval interval : openingOn(day)) {
                Instant a = ZonedDateTime.of(day, interval.from(), zone).toInstant();
                Instant b = ZonedDateTime.of(day, interval.to(), zone).toInstant();
                Instant start = a.isBefore(from) ? from : a;
                Instant end = b.isAfter(to) ? to : b;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whether the desk is open at {@code at}. */
    public boolean isOpen(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        return openingOn(t.toLocalDate()).stream()
                .anyMatch(i -> !t.toLocalTime().isBefore(i.from()) && t.toLocalTime().isBefore(i.to()));
    }

    /** The opening hours of one date: its override, else nothing on a holiday, else the weekday's hours. */
    public List<Interval> openingOn(LocalDate day) {
        List<Interval> special = overrides.get(day);
        if (special != null) {
            return special;
        }
        if (holidayCache.computeIfAbsent(day, holiday::test)) {
            return List.of();
        }
        return hours.getOrDefault(day.getDayOfWeek(), List.of());
    }
}
