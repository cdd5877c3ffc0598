package io.sportello.analytics;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives tickets stored before the analytics module existed their facts, once, in the background after start (batches
 * of 200 per transaction), so an upgraded desk has complete reports without a migration step.
 */
@Component
class FactBackfill {

    private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);

    private static final int BATCH = 200;

    private final TicketFactRepository facts;
    private final io.sportello.ticket.OpenTickets tickets;
    private final io.sportello.ticket.TicketService ticketCount;
    private final TicketFacts recorder;
    private final TransactionTemplate transactions;

    FactBackfill(TicketFactRepository facts, io.sportello.ticket.OpenTickets tickets,
                 io.sportello.ticket.TicketService ticketCount, TicketFacts recorder, TransactionTemplate transactions) {
        this.facts = facts;
        this.tickets = tickets;
        this.ticketCount = ticketCount;
        this.recorder = recorder;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread worker = new Thread(this::run, "fact-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Rebuilds missing facts until none is missing; returns how many were built. */
    int run() {
        int built = 0;
        try {
            // every ticket has its facts once as many facts as tickets exist: the usual start reads two counts
            if (facts.count() >= ticketCount.count()) {
                return 0;
            }
            long after = 0;
            while (true) {
                List<Long> ids = tickets.idsAfter(after, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                after = ids.get(ids.size() - 1);
                java.util.Set<Long> known = new java.util.HashSet<>(facts.knownAmong(ids));
                List<Long> missing = ids.stream().filter(id -> !known.contains(id)).toList();
                if (!missing.isEmpty()) {
                    transactions.executeWithoutResult(tx -> missing.forEach(recorder::rebuild));
                    built += missing.size();
                }
            }
            if (built > 0) {
                log.info("Analytics facts built for {} earlier tickets", built);
            }
        } catch (RuntimeException e) {
            log.warn("Analytics backfill stopped after {} tickets (next start continues): {}", built, e.toString());
        }
        return built;
    }
}
