package io.sportello.workflow.internal;

import java.util.List;

/** The engine groups behind its authorization ({@link EngineAuthorizations}). */
public final class EngineGroups {

    /** Camunda administrators: Sportello administrators in Cockpit and the engine REST API. */
    public static final String ADMINS = "camunda-admin";
    /** Process owners in the engine REST API: read only. */
    public static final String PROCESS_OWNERS = "sportello-process-owners";
    /**
     * The desk itself, acting on a person's behalf after checking their permission (claims, completions,
     * migrations): the engine records the person, and the desk's rights apply. Never given to a person.
     */
    public static final String DESK = "sportello-desk";

    private EngineGroups() {
    }

    /** The groups of a call the desk makes for a person. */
    public static List<String> desk() {
        return List.of(DESK);
    }
}
