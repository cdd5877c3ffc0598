package io.sportello.analytics;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives tickets stored before the analytics module existed their facts, once, in the background after start (batches
 * of 200 per transaction), so an upgraded desk has complete reports without a migration step.
 */
@Component
class FactBackfill {

    private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);

    private final TicketFactRepository facts;
    private final TicketFacts recorder;
    private final TransactionTemplate transactions;

    FactBackfill(TicketFactRepository facts, TicketFacts recorder, TransactionTemplate transactions) {
        this.facts = facts;
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
            while (true) {
                List<Long> ids = facts.ticketsWithoutFacts(PageRequest.of(0, 200));
                if (ids.isEmpty()) {
                    break;
                }
                transactions.executeWithoutResult(tx -> ids.forEach(recorder::rebuild));
                built += ids.size();
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
