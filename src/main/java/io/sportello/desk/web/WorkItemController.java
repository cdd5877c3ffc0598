package io.sportello.desk.web;

import io.sportello.shared.FieldException;
import io.sportello.desk.TaskCompletion;
import io.sportello.desk.TicketDesk;
import io.sportello.desk.web.ApiDtos.CompleteRequest;
import io.sportello.desk.web.ApiDtos.PageView;
import io.sportello.desk.web.ApiDtos.WorkItemView;
import io.sportello.security.CurrentUser;
import io.sportello.shared.NotFoundException;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/work-items")
@Tag(name = "Work items", description = "The tasks agents work, soonest SLA deadline first")
@PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN')")
class WorkItemController {

    private final WorkItems workItems;
    private final TicketDesk desk;
    private final CurrentUser currentUser;

    WorkItemController(WorkItems workItems, TicketDesk desk, CurrentUser currentUser) {
        this.workItems = workItems;
        this.desk = desk;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "My tasks (MINE), unclaimed tasks of my groups (MY_GROUPS) or all open tasks (ALL, supervisors)")
    PageView<WorkItemView> list(@RequestParam(defaultValue = "MY_GROUPS") WorkItemScope scope,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        if (size < 1 || size > 200) {
            throw new FieldException("size", "size must be between 1 and 200");
        }
        Worker me = TicketDesk.worker(currentUser.require());
        if (scope == WorkItemScope.ALL && !me.supervisor()) {
            throw new org.springframework.security.access.AccessDeniedException("Only supervisors see all open tasks");
        }
        long total = workItems.count(me, scope);
        return new PageView<>(workItems.list(me, scope, page * size, size).stream().map(WorkItemView::of).toList(), page,
                size, total, (int) ((total + size - 1) / size));
    }

    @GetMapping("/{id}")
    WorkItemView get(@PathVariable String id) {
        return workItems.get(id).map(WorkItemView::of).orElseThrow(() -> new NotFoundException("Work item", id));
    }

    @PostMapping("/{id}/claim")
    WorkItemView claim(@PathVariable String id) {
        return WorkItemView.of(workItems.claim(id, TicketDesk.worker(currentUser.require())));
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String id) {
        workItems.unclaim(id, TicketDesk.worker(currentUser.require()));
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task through the desk's own commands: a tier task by outcome (ESCALATE with tier and "
            + "reason, PEND with an optional message, REPLY with message, RESOLVE with code and summary), a follow-up "
            + "task with RESOLVE")
    void complete(@PathVariable String id, @Valid @RequestBody CompleteRequest body) {
        desk.completeWorkItem(id, new TaskCompletion(body.outcome(), body.tier(), body.reason(), body.message(),
                body.code(), body.summary()), currentUser.require());
    }
}
