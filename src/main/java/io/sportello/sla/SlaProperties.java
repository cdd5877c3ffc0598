package io.sportello.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SLA settings under {@code sportello.sla}: the business calendar (time zone, opening hours per weekday as
 * {@code "09:00-13:00"} intervals, holiday calendar code such as {@code IT}), the share of the resolution
 * target after which a warning is raised, and how long after a breach the next automatic escalation is due.
 */
@ConfigurationProperties("sportello.sla")
public record SlaProperties(@DefaultValue("Europe/Rome") String zone,
                            Map<DayOfWeek, List<String>> hours,
                            @DefaultValue("IT") String holidays,
                            @DefaultValue("0.75") double warningShare,
                            @DefaultValue("PT4H") Duration reEscalationAfter) {

    public SlaProperties {
        if (hours == null || hours.isEmpty()) {
            hours = Map.of(DayOfWeek.MONDAY, List.of("09:00-18:00"), DayOfWeek.TUESDAY, List.of("09:00-18:00"),
                    DayOfWeek.WEDNESDAY, List.of("09:00-18:00"), DayOfWeek.THURSDAY, List.of("09:00-18:00"),
                    DayOfWeek.FRIDAY, List.of("09:00-18:00"));
        }
        if (warningShare <= 0 || warningShare >= 1) {
            throw new IllegalArgumentException("sportello.sla.warning-share must be between 0 and 1, was " + warningShare);
        }
    }
}
