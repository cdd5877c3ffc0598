package io.sportello.sla;

import java.time.Instant;

/** Published once per ticket and kind when an SLA target is missed. */
public record SlaBreached(Long ticketId, Kind kind, Instant dueAt, Instant detectedAt) {

    public enum Kind { FIRST_RESPONSE, RESOLUTION }
}
