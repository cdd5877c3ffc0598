package io.sportello.workflow;

import java.time.Instant;

/**
 * One thing the engine recorded about a ticket's processes, in plain terms: a process or activity started or
 * ended, a task assigned or claimed, a decision taken (inputs, outputs, matched rule), a variable changed, an
 * operation a person performed, an incident. {@code elementId}/{@code elementName} point into the model of
 * {@code processKey} version {@code processVersion}. {@code sequence} orders entries recorded in the same instant
 * (what happened inside an activity follows its start).
 */
@org.springframework.modulith.NamedInterface("history")
public record HistoryEntry(Instant at, Kind kind, String processKey, Integer processVersion, String elementId,
                           String elementName, String elementType, String actor, String detail, long sequence) {

    @org.springframework.modulith.NamedInterface("history")

    public enum Kind {
        PROCESS_STARTED, PROCESS_ENDED, ACTIVITY_STARTED, ACTIVITY_ENDED, ACTIVITY_CANCELED, TASK_ASSIGNMENT,
        DECISION, VARIABLE_CHANGED, USER_OPERATION, INCIDENT
    }
}
