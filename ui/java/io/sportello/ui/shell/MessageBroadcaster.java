package io.sportello.ui.shell;

import io.sportello.ticket.TicketMessageAdded;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hands committed new messages to open chat windows and workspaces (each pushes to its own browser). */
@Component
public class MessageBroadcaster {

    private final Set<Consumer<TicketMessageAdded>> listeners = new CopyOnWriteArraySet<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(TicketMessageAdded added) {
        listeners.forEach(l -> l.accept(added));
    }

    /** Registers a listener; run the returned action to unregister. */
    public Runnable register(Consumer<TicketMessageAdded> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
