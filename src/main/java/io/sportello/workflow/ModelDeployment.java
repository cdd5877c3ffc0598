package io.sportello.workflow;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code model_deployment}: written once when a version is deployed, never changed. */
@Entity
@Table(name = "model_deployment")
@org.springframework.modulith.NamedInterface("studio")
class ModelDeployment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_deployment_seq")
    @SequenceGenerator(name = "model_deployment_seq", sequenceName = "model_deployment_seq", allocationSize = 1)
    private Long id;
    private String definitionKey;
    private String definitionId;
    @Enumerated(EnumType.STRING)
    private ModelKind kind;
    private int version;
    private String deploymentId;
    private String source;
    private String deployedBy;
    private Instant deployedAt;
    private String comment;
    private String previousDefinitionId;
    private String changes;

    protected ModelDeployment() {
    }

    ModelDeployment(ModelVersion version, String source, String deployedBy, Instant deployedAt, String comment,
                    String previousDefinitionId, String changes) {
        this.definitionKey = version.key();
        this.definitionId = version.id();
        this.kind = version.kind();
        this.version = version.version();
        this.deploymentId = version.deploymentId();
        this.source = source;
        this.deployedBy = deployedBy;
        this.deployedAt = deployedAt;
        this.comment = comment;
        this.previousDefinitionId = previousDefinitionId;
        this.changes = changes;
    }

    String getDefinitionKey() {
        return definitionKey;
    }

    String getDefinitionId() {
        return definitionId;
    }

    ModelKind getKind() {
        return kind;
    }

    int getVersion() {
        return version;
    }

    String getSource() {
        return source;
    }

    String getDeployedBy() {
        return deployedBy;
    }

    Instant getDeployedAt() {
        return deployedAt;
    }

    String getComment() {
        return comment;
    }

    String getPreviousDefinitionId() {
        return previousDefinitionId;
    }

    String getChanges() {
        return changes;
    }
}
