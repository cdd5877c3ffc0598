package io.sportello.ui.shell;

import io.sportello.workflow.WorkItemChanged;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hands committed task changes to every open inbox and workspace (each pushes to its own browser). */
@Component
public class WorkItemBroadcaster {

    private final Set<Consumer<WorkItemChanged>> listeners = new CopyOnWriteArraySet<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(WorkItemChanged change) {
        listeners.forEach(l -> l.accept(change));
    }

    /** Registers a listener; run the returned action to unregister. */
    public Runnable register(Consumer<WorkItemChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
