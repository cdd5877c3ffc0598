package io.sportello.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The period a report is compared with. */
public enum Comparison {
    /** No comparison. */
    NONE,
    /** The same number of days just before the period. */
    PREVIOUS_PERIOD,
    /** The same weeks a year earlier: 52 weeks (364 days) back, so weekdays line up (Black Friday to Black Friday). */
    YEAR_AGO;

    /** The compared period of {@code [from, to]}, or null for {@link #NONE}. */
    public LocalDate[] of(LocalDate from, LocalDate to) {
        return switch (this) {
            case NONE -> null;
            case PREVIOUS_PERIOD -> {
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                yield new LocalDate[]{from.minusDays(days), from.minusDays(1)};
            }
            case YEAR_AGO -> new LocalDate[]{from.minusWeeks(52), to.minusWeeks(52)};
        };
    }
}
