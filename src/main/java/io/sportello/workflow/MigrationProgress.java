package io.sportello.workflow;

import java.time.Instant;

/** How far a migration batch is: tickets to move, moved, failed, and whether it is over. */
@org.springframework.modulith.NamedInterface("studio")
public record MigrationProgress(Long id, String batchId, ModelVersion source, ModelVersion target, int total,
                                int migrated, int failed, boolean finished, String startedBy, Instant startedAt,
                                String comment) {

    public int percent() {
        return total == 0 ? 100 : (int) Math.round(100.0 * (migrated + failed) / total);
    }
}
