package io.sportello.sla;

import java.time.Instant;

/**
 * The absolute instants the process timers wait for. {@code escalationDue} equals the resolution
 * deadline until a breach, then the moment of the next automatic escalation.
 */
public record SlaDeadlines(Instant firstResponseDue, Instant resolutionDue, Instant resolutionWarningAt,
                           Instant escalationDue) {
}
