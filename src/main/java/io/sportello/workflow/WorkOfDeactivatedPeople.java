package io.sportello.workflow;

import io.sportello.security.AccountDeactivated;
import io.sportello.ticket.HistoryReason;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A reaction: what a deactivated person held goes back to their teams' queues, each ticket saying why. */
@Component
class WorkOfDeactivatedPeople {

    private final WorkItems workItems;

    WorkOfDeactivatedPeople(WorkItems workItems) {
        this.workItems = workItems;
    }

    @ApplicationModuleListener
    void onDeactivated(AccountDeactivated deactivated) {
        workItems.releaseAllOf(deactivated.username(),
                HistoryReason.of("ASSIGNEE_DEACTIVATED", deactivated.username(), deactivated.by()));
    }
}
