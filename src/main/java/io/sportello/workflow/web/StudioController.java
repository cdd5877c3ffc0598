package io.sportello.workflow.web;

import io.sportello.security.CurrentUser;
import io.sportello.workflow.DeploymentRecord;
import io.sportello.workflow.MigrationPreview;
import io.sportello.workflow.MigrationProgress;
import io.sportello.workflow.ModelChange;
import io.sportello.workflow.ModelProblem;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessMigrations;
import io.sportello.workflow.ProcessStudio;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process studio for process owners: model versions, validation, deployment with a comment, diff,
 * and migration of running tickets (dry run, then a batch with progress). Models travel as BPMN/DMN XML.
 */
@RestController
@RequestMapping("/api/v1/studio")
@Tag(name = "Process studio", description = "Versions, validation, deployment and migration of process models")
@PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
class StudioController {

    record MigrationRequest(@NotBlank String sourceId, @NotBlank String targetId, String comment) {
    }

    private final ProcessStudio studio;
    private final ProcessMigrations migrations;
    private final CurrentUser currentUser;

    StudioController(ProcessStudio studio, ProcessMigrations migrations, CurrentUser currentUser) {
        this.studio = studio;
        this.migrations = migrations;
        this.currentUser = currentUser;
    }

    @GetMapping("/models")
    @Operation(summary = "Every version of every process and decision, with running tickets per version")
    List<ModelVersion> versions() {
        return studio.versions();
    }

    @GetMapping(value = "/models/{definitionId}/xml")
    @Operation(summary = "Download one version's BPMN/DMN file")
    ResponseEntity<byte[]> download(@PathVariable String definitionId) {
        ModelVersion version = studio.version(definitionId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ProcessStudio.fileName(version)).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_XML).body(studio.model(definitionId));
    }

    @PostMapping(value = "/validate", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @Operation(summary = "Check a model without deploying it; an empty list means it may go live")
    List<ModelProblem> validate(@RequestBody byte[] xml) {
        return studio.validate(xml);
    }

    @PostMapping(value = "/deployments", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Deploy a model as a new version; the comment (why) is required")
    DeploymentRecord deploy(@RequestBody byte[] xml, @RequestParam(required = false) String comment) {
        requireComment(comment);
        return studio.deploy(xml, comment, currentUser.require().actor());
    }

    @GetMapping("/deployments")
    @Operation(summary = "Every deployment: who, when, why, what changed")
    List<DeploymentRecord> deployments() {
        return studio.deploymentHistory();
    }

    @GetMapping("/diff")
    @Operation(summary = "Elements added, removed and changed between two versions")
    List<ModelChange> diff(@RequestParam String from, @RequestParam String to) {
        return studio.diff(from, to);
    }

    @GetMapping("/migrations/dry-run")
    @Operation(summary = "What migrating the running tickets of one version to another would do; changes nothing")
    MigrationPreview dryRun(@RequestParam String sourceId, @RequestParam String targetId) {
        return migrations.dryRun(sourceId, targetId);
    }

    @PostMapping("/migrations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Migrate the running tickets that can move, as a batch; follow it with GET /migrations/{id}")
    MigrationProgress migrate(@RequestBody @jakarta.validation.Valid MigrationRequest request) {
        requireComment(request.comment());
        return migrations.migrate(request.sourceId(), request.targetId(), request.comment(),
                currentUser.require().actor());
    }

    @GetMapping("/migrations/{id}")
    MigrationProgress progress(@PathVariable Long id) {
        return migrations.progress(id);
    }

    @GetMapping("/migrations")
    List<MigrationProgress> migrations() {
        return migrations.history();
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new io.sportello.shared.FieldException("comment", "Say why (comment is required)");
        }
    }
}
