package io.sportello.sla;

import java.time.Instant;

/** Published whenever a ticket's SLA deadlines or paused state change. */
public record SlaClockChanged(Long ticketId, Instant firstResponseDue, Instant resolutionDue, boolean paused) {
}
