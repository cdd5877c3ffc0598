package io.sportello.routing.web;

import io.sportello.routing.TaskRouter;
import io.sportello.security.CurrentUser;
import io.sportello.workflow.WorkItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Next ticket" for agents who pull: the most urgent waiting task they may take, assigned to them. */
@RestController
@Tag(name = "People")
class NextTicketController {

    private final TaskRouter router;
    private final CurrentUser currentUser;

    NextTicketController(TaskRouter router, CurrentUser currentUser) {
        this.router = router;
        this.currentUser = currentUser;
    }

    /** What the agent got: the task, or why nothing ({@code NOTHING_WAITING}, {@code AT_CAPACITY}, {@code NOT_ONLINE}). */
    record NextView(String outcome, WorkItem workItem) {
    }

    @PostMapping("/api/v1/me/next-ticket")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Take the next ticket: the most SLA-urgent waiting task of your teams that you may take "
            + "(skill and language as the routing policy asks) and have room for. You must be online.")
    NextView next() {
        TaskRouter.Next next = router.next(currentUser.require().getUsername());
        return new NextView(next.why().name(), next.item().orElse(null));
    }
}
