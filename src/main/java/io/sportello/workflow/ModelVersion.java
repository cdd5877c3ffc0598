package io.sportello.workflow;

import java.time.Instant;

/**
 * One deployed version of a process or decision: its engine id, key, name, version number, when and from where
 * it was deployed, and how many tickets run on it now (processes only; decisions are evaluated, not run).
 */
@org.springframework.modulith.NamedInterface("studio")
public record ModelVersion(String id, String key, String name, int version, ModelKind kind, String resourceName,
                           String deploymentId, Instant deployedAt, long running, boolean latest) {
}
