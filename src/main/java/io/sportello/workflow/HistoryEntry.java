package io.sportello.workflow;

import java.time.Instant;

/**
 * One thing the engine recorded about a ticket's processes, in plain terms: a process or activity started or
 * ended, a task assigned or claimed, a decision taken (inputs, outputs, matched rule), a variable changed, an
 * operation a person performed, an incident. {@code elementId}/{@code elementName} point into the model of
 * {@code processKey} version {@code processVersion}. {@code sequence} orders entries recorded in the same instant
 * (what happened inside an activity follows its start). {@code detail} is the engine's record in its own terms;
 * {@code detailCode} and {@code detailArguments}, when set, say the same as data for a text in the reader's language
 * (the audit's {@code history.engine.CODE}).
 */
@org.springframework.modulith.NamedInterface("history")
public record HistoryEntry(Instant at, Kind kind, String processKey, Integer processVersion, String elementId,
                           String elementName, String elementType, String actor, String detail, long sequence,
                           String detailCode, java.util.List<String> detailArguments) {

    public HistoryEntry {
        detailArguments = detailArguments == null ? java.util.List.of() : java.util.List.copyOf(detailArguments);
    }

    /** An entry whose detail has no code of its own (a variable's value, an incident's message). */
    public HistoryEntry(Instant at, Kind kind, String processKey, Integer processVersion, String elementId,
                        String elementName, String elementType, String actor, String detail, long sequence) {
        this(at, kind, processKey, processVersion, elementId, elementName, elementType, actor, detail, sequence, null,
                null);
    }

    @org.springframework.modulith.NamedInterface("history")
    public enum Kind {
        PROCESS_STARTED, PROCESS_ENDED, ACTIVITY_STARTED, ACTIVITY_ENDED, ACTIVITY_CANCELED, TASK_ASSIGNMENT,
        DECISION, VARIABLE_CHANGED, USER_OPERATION, INCIDENT
    }
}
