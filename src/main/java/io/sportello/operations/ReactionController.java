package io.sportello.operations;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reactions to events that did not complete, for administrators. */
@RestController
@RequestMapping("/api/v1/admin/reactions")
@PreAuthorize("hasRole('ADMIN')")
class ReactionController {

    private final Reactions reactions;

    ReactionController(Reactions reactions) {
        this.reactions = reactions;
    }

    @GetMapping
    @Operation(summary = "Reactions to events not completed (outbox, analytics, chat), oldest first")
    List<Reactions.Pending> incomplete(@RequestParam(defaultValue = "200") int limit) {
        return reactions.incomplete(Math.max(1, Math.min(limit, 1000)));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Run one reaction again")
    ResponseEntity<Void> retry(@PathVariable UUID id) {
        reactions.retry(id);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/retry")
    @Operation(summary = "Run every reaction not completed again")
    ResponseEntity<Void> retryAll() {
        reactions.retryAll();
        return ResponseEntity.accepted().build();
    }
}
