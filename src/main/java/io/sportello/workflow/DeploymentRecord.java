package io.sportello.workflow;

import java.time.Instant;
import java.util.List;

/**
 * The record of one model version going live: who deployed it, when, why, from where (the repository's
 * {@code processes/} at start, or the studio), and what changed against the version before.
 */
@org.springframework.modulith.NamedInterface("studio")
public record DeploymentRecord(String definitionKey, String definitionId, ModelKind kind, int version, String source,
                               String deployedBy, Instant deployedAt, String comment, String previousDefinitionId,
                               List<ModelChange> changes) {

    public static final String SOURCE_REPOSITORY = "repository";
    public static final String SOURCE_STUDIO = "studio";
}
