package io.sportello.understanding.web;

import io.sportello.security.CurrentUser;
import io.sportello.shared.NotFoundException;
import io.sportello.understanding.Evaluation;
import io.sportello.understanding.UnderstandingModel;
import io.sportello.understanding.UnderstandingModels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The versions of the models that read every message: list, evaluation, retrain, roll back (process owners, admins). */
@RestController
@RequestMapping("/api/v1/studio/understanding")
@Tag(name = "Message understanding", description = "Versions of the models that read every message, their evaluation, "
        + "retraining on the agents' corrections and rollback")
@PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
class ModelsController {

    private final UnderstandingModels models;
    private final CurrentUser currentUser;

    ModelsController(UnderstandingModels models, CurrentUser currentUser) {
        this.models = models;
        this.currentUser = currentUser;
    }

    /** One version as the API shows it. */
    record VersionView(String version, String label, boolean active, Instant trainedAt, String trainedBy,
                       UnderstandingModel.Reason reason, int examples, int corrections, Instant activatedAt) {
        static VersionView of(UnderstandingModel v) {
            return new VersionView(v.getVersion(), v.label(), v.isActive(), v.getTrainedAt(), v.getTrainedBy(),
                    v.getReason(), v.getExamples(), v.getCorrectionsUsed(), v.getActivatedAt());
        }
    }

    @GetMapping("/models")
    @Operation(summary = "Every version, newest first, and which one reads now")
    List<VersionView> versions() {
        return models.versions().stream().map(VersionView::of).toList();
    }

    @GetMapping("/models/{version}/evaluation")
    @Operation(summary = "A version's figures on the held-out corpus (per language: accuracy and macro-F1 of each "
            + "aspect, precision/recall/F1 per category, confusion matrix) and how it reads the agents' corrections")
    Evaluation evaluation(@PathVariable String version) {
        return models.evaluation(models.versions().stream().filter(v -> v.getVersion().equals(version)).findFirst()
                .orElseThrow(() -> new NotFoundException("Model version", version)));
    }

    @PostMapping("/models")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Train a new version on the corpus and every correction so far, evaluate it and make it active")
    VersionView retrain() {
        return VersionView.of(models.retrain(currentUser.require().actor(), UnderstandingModel.Reason.ON_DEMAND));
    }

    @PostMapping("/models/rollback")
    @Operation(summary = "Make the version before the active one active again")
    VersionView rollback() {
        return VersionView.of(models.rollback(currentUser.require().actor()));
    }
}
