package io.sportello.analytics;

import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Tier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Which tickets a report counts: those created from {@code from} to {@code to} (both included, dates in the desk's
 * time zone), optionally only one channel, category, priority, tier and/or agent.
 */
public record ReportFilter(LocalDate from, LocalDate to, Channel channel, Category category, Priority priority,
                           Tier tier, String agent) {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 3 * 366;

    public ReportFilter {
        if (from == null) {
            throw new InvalidReportException("from", "is required");
        }
        if (to == null) {
            throw new InvalidReportException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidReportException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidReportException("to", "the period may cover at most " + MAX_DAYS + " days");
        }
        agent = agent == null || agent.isBlank() ? null : agent.strip();
    }

    public static ReportFilter between(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, null, null, null, null, null);
    }

    public ReportFilter withPeriod(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, channel, category, priority, tier, agent);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
