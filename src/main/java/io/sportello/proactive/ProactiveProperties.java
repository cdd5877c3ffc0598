package io.sportello.proactive;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the parcel watch talks to customers ({@code sportello.proactive.*}).
 *
 * @param quietFrom    no notice leaves after this local time…
 * @param quietUntil   …until this one the next morning (it waits, it is not dropped)
 * @param maxPerDay    informational notices one customer gets within 24 hours at most
 * @param lateAfter    when a parcel without an expected date counts as late (after it was handed to the carrier)
 * @param notificationsSince notices only for parcels that moved after this moment (switching the feature on for
 *                     part of the history); none = always
 */
@ConfigurationProperties("sportello.proactive")
public record ProactiveProperties(LocalTime quietFrom, LocalTime quietUntil, ZoneId zone, int maxPerDay,
                                  Duration lateAfter, java.time.Instant notificationsSince) {

    public ProactiveProperties {
        quietFrom = quietFrom != null ? quietFrom : LocalTime.of(21, 0);
        quietUntil = quietUntil != null ? quietUntil : LocalTime.of(8, 0);
        zone = zone != null ? zone : ZoneId.of("Europe/Rome");
        maxPerDay = maxPerDay > 0 ? maxPerDay : 3;
        lateAfter = lateAfter != null ? lateAfter : Duration.ofDays(5);
    }
}
