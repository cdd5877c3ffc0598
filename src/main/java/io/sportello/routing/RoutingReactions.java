package io.sportello.routing;

import io.sportello.workflow.WorkItemChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * When routing acts: a handling task appears or goes back to its team (route it), somebody's task ends (they have
 * room again: fill it), an agent comes online (fill them up), and every {@code sportello.routing.sweep-interval}
 * the work of people away beyond the grace period moves on. Each reaction runs after the change committed and is kept
 * by the event publication registry until it succeeds; it holds no transaction of its own, because each assignment
 * runs in a short one of its own (see {@link TaskRouter}) and a reaction should not hold a second connection.
 */
@Component
class RoutingReactions {

    private final TaskRouter router;
    private final RoutingProperties properties;

    RoutingReactions(TaskRouter router, RoutingProperties properties) {
        this.router = router;
        this.properties = properties;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(WorkItemChanged change) {
        if (!properties.push() || !change.item().handlesTicket()) {
            return;
        }
        switch (change.change()) {
            case CREATED, ASSIGNED -> {
                if (change.assignee() == null) {
                    router.route(change.workItemId(), change.previousAssignee());
                }
            }
            case COMPLETED, DELETED -> {
                if (change.assignee() != null) {
                    router.fill(change.assignee());
                }
            }
            default -> {
            }
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AgentStatusChanged changed) {
        if (properties.push() && changed.to() == AgentStatus.ONLINE) {
            router.fill(changed.username());
        }
    }

    @Scheduled(fixedDelayString = "${sportello.routing.sweep-interval:PT30S}",
            initialDelayString = "${sportello.routing.sweep-interval:PT30S}")
    void sweep() {
        if (properties.push()) {
            router.sweep();
        }
    }
}
