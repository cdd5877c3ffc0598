package io.sportello.audit;

import java.time.Instant;

/**
 * One line of a ticket's audit timeline. {@code type} is a stable code (a ticket event type such as
 * {@code SLA_PAUSED}, an engine record such as {@code DECISION}, or {@code MESSAGE_IN}/{@code MESSAGE_OUT}/
 * {@code INTERNAL_NOTE}); {@code element} says where (process and element, or channel); {@code actor} who.
 */
public record AuditEntry(Instant at, Source source, String type, String element, String actor, String detail) {

    public enum Source { TICKET, SLA, MESSAGE, PROCESS, TASK, DECISION, VARIABLE, OPERATION, MIGRATION, INCIDENT }
}
