package io.sportello.intake;

import io.sportello.shared.Actor;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued deliveries once their transaction has committed, and again on a back-off schedule when a send fails
 * (1, 5, 15, 60 minutes…). A delivery is taken with an optimistic lock before sending, so two nodes or two retries
 * never send it twice; a node that dies mid-send leaves a lease that expires and another node sends it, with the same
 * Message-ID. After the last attempt the failure is recorded on the ticket for the agents to see and retry.
 */
@Component
class OutboundDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboundDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration[] BACK_OFF = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(4)};

    private final OutboundRepository deliveries;
    private final List<ChannelSender> senders;
    private final TicketService tickets;
    private final TransactionTemplate tx;
    private final IntakeProperties properties;
    private final Clock clock;

    OutboundDispatcher(OutboundRepository deliveries, List<ChannelSender> senders, TicketService tickets,
                       PlatformTransactionManager txm, IntakeProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.senders = senders;
        this.tickets = tickets;
        this.tx = new TransactionTemplate(txm);
        // it runs after another transaction committed (maybe on that thread): always in a transaction of its own
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    public void afterCommit(Outbox.Queued queued) {
        send(queued.deliveryId());
    }

    /** Sends everything due now; called by the background schedule and by tests. */
    int sendDue() {
        List<Long> due = deliveries.findDue(clock.instant(), PageRequest.of(0, 200));
        due.forEach(this::send);
        return due.size();
    }

    /** Sends one delivery if it is due and nobody else is sending it. */
    void send(Long id) {
        OutboundDelivery taken;
        try {
            taken = tx.execute(s -> {
                OutboundDelivery d = deliveries.findById(id).orElse(null);
                if (d == null || !d.isDue(clock.instant())) {
                    return null;
                }
                d.startAttempt(clock.instant().plus(LEASE));
                deliveries.flush();
                return d;
            });
        } catch (OptimisticLockingFailureException someoneElse) {
            return;
        }
        if (taken == null) {
            return;
        }
        String providerId;
        try {
            providerId = senderFor(taken).send(taken);
        } catch (Exception e) {
            recordFailure(id, taken, e);
            return;
        }
        try {
            tx.executeWithoutResult(s -> deliveries.findById(id).orElseThrow().sent(providerId, clock.instant()));
        } catch (OptimisticLockingFailureException raced) {
            log.debug("Delivery {} was updated by another sender meanwhile", id);
        }
    }

    private void recordFailure(Long id, OutboundDelivery taken, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        log.warn("Delivery {} to {} failed (attempt {}): {}", id, taken.getRecipient(), taken.getAttempts(), error);
        try {
            tx.executeWithoutResult(s -> {
                OutboundDelivery d = deliveries.findById(id).orElseThrow();
                if (d.getStatus() != OutboundDelivery.Status.SENDING) {
                    return; // another sender took it over meanwhile and recorded its own outcome
                }
                Instant retryAt = d.getAttempts() >= properties.mail().maxSendAttempts() ? null
                        : clock.instant().plus(BACK_OFF[Math.min(d.getAttempts() - 1, BACK_OFF.length - 1)]);
                d.attemptFailed(error, retryAt);
                if (retryAt == null && d.getTicketId() != null) {
                    // the error is the server's own words, kept as they came
                    tickets.note(d.getTicketId(), TicketEventType.DELIVERY_FAILED, Actor.system(),
                            HistoryReason.of(HistoryReason.DELIVERY_FAILED_TO, HistoryReason.key("channel." + d.getChannel()),
                                    d.getRecipient()), error);
                }
            });
        } catch (OptimisticLockingFailureException raced) {
            log.debug("Delivery {} was updated by another sender meanwhile", id);
        }
    }

    private ChannelSender senderFor(OutboundDelivery d) {
        return senders.stream().filter(s -> s.sends(d.getChannel())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No adapter sends on " + d.getChannel()));
    }
}
