package io.sportello.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Row of {@code process_migration}: one migration batch, who started it and, once over, how it went. */
@Entity
@Table(name = "process_migration")
@org.springframework.modulith.NamedInterface("studio")
class ProcessMigration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "process_migration_seq")
    @SequenceGenerator(name = "process_migration_seq", sequenceName = "process_migration_seq", allocationSize = 1)
    private Long id;
    @Version
    private long version;
    private String batchId;
    private String sourceDefinitionId;
    private String targetDefinitionId;
    private int instances;
    private String startedBy;
    private Instant startedAt;
    private String comment;
    private Instant finishedAt;
    private Integer migrated;
    private Integer failed;
    private String instanceIds;

    protected ProcessMigration() {
    }

    ProcessMigration(String batchId, String sourceDefinitionId, String targetDefinitionId, List<String> instanceIds,
                     String startedBy, Instant startedAt, String comment) {
        this.batchId = batchId;
        this.sourceDefinitionId = sourceDefinitionId;
        this.targetDefinitionId = targetDefinitionId;
        this.instances = instanceIds.size();
        this.instanceIds = String.join(",", instanceIds);
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.comment = comment;
    }

    void finish(Instant at, int migrated, int failed) {
        this.finishedAt = at;
        this.migrated = migrated;
        this.failed = failed;
    }

    Long getId() {
        return id;
    }

    String getBatchId() {
        return batchId;
    }

    String getSourceDefinitionId() {
        return sourceDefinitionId;
    }

    String getTargetDefinitionId() {
        return targetDefinitionId;
    }

    int getInstances() {
        return instances;
    }

    List<String> getInstanceIds() {
        return instanceIds == null || instanceIds.isEmpty() ? List.of() : Arrays.asList(instanceIds.split(","));
    }

    String getStartedBy() {
        return startedBy;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    String getComment() {
        return comment;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    Integer getMigrated() {
        return migrated;
    }

    Integer getFailed() {
        return failed;
    }
}
