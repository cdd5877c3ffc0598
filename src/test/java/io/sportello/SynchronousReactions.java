package io.sportello;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * With {@code sportello.reactions.synchronous=true} (set by the full-stack tests), reactions to events (outbox, analytics facts, chat bookkeeping) and the dispatch after commit run on the
 * thread that committed, right after the commit: still after the action's transaction, each in its own transaction
 * and through the event publication registry, but finished when the action returns, so a test reads their result
 * without waiting. {@code ReactionsTest} covers what only the real, asynchronous executor shows.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SynchronousReactions {

    @Bean
    Probe reactionProbe() {
        return new Probe();
    }

    /**
     * A reaction like the desk's own, to every message added, that can be made to fail: shows what happens to a
     * failing reaction (the action stands, the reaction waits in the registry until it is run again).
     */
    public static class Probe {

        private volatile String failure;
        private final java.util.Set<Long> handled = new java.util.concurrent.ConcurrentSkipListSet<>();

        @org.springframework.modulith.events.ApplicationModuleListener
        void on(io.sportello.ticket.TicketMessageAdded added) {
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            handled.add(added.messageId());
        }

        public void failWith(String why) {
            failure = why;
        }

        public void heal() {
            failure = null;
        }

        public java.util.Set<Long> handled() {
            return java.util.Set.copyOf(handled);
        }
    }
}
