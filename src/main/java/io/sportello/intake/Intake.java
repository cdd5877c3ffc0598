package io.sportello.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import io.sportello.shared.NotFoundException;

/**
 * The one door every external message goes through: store raw first (own transaction, deduplicated), then process
 * (another transaction). If processing fails the stored message becomes a dead letter with the reason; if the node
 * dies in between, {@link #sweep()} finds the message still {@code RECEIVED} and processes it — the ticket it opens
 * carries the inbound id as idempotency key, so a second attempt can never open a second ticket.
 */
@Service
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final InboundRepository inbound;
    private final ObjectProvider<InboundHandler> handlers;
    private final TransactionTemplate newTx;
    private final Clock clock;

    Intake(InboundRepository inbound, ObjectProvider<InboundHandler> handlers, PlatformTransactionManager txm, Clock clock) {
        this.inbound = inbound;
        this.handlers = handlers;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Stores the message and processes it; a repeat of a stored message is reported as a duplicate and changes nothing. */
    public Receipt receive(Inbound message) {
        Receipt stored = store(message);
        return stored.duplicate() ? stored : process(stored.inboundId());
    }

    /** Step one, in its own transaction: keep the raw message (or recognise a repeat). */
    Receipt store(Inbound message) {
        try {
            return Receipt.of(newTx.execute(s -> inbound.saveAndFlush(new InboundMessage(message.channel(),
                    message.source(), message.dedupeKey(), message.sender(), message.clientAddress(), message.summary(),
                    message.payload(), message.binary(), clock.instant()))), false);
        } catch (DataIntegrityViolationException repeat) {
            InboundMessage earlier = inbound.findByDedupeKey(message.dedupeKey()).orElseThrow(() -> repeat);
            return Receipt.of(earlier, true);
        }
    }

    /** Stores a message that is ignored on arrival (honeypot hits, loops detected by the adapter), kept for the record. */
    public Receipt keepIgnored(Inbound message, String reason) {
        return keep(message, m -> m.ignored(reason, clock.instant()));
    }

    /** Records a message that could not be read at all (e.g. the mail server cannot hand it over) as a dead letter. */
    public Receipt keepFailed(Inbound message, String reason) {
        return keep(message, m -> m.failed(reason, clock.instant()));
    }

    private Receipt keep(Inbound message, java.util.function.Consumer<InboundMessage> outcome) {
        try {
            return newTx.execute(s -> {
                InboundMessage m = new InboundMessage(message.channel(), message.source(), message.dedupeKey(),
                        message.sender(), message.clientAddress(), message.summary(), message.payload(), message.binary(),
                        clock.instant());
                outcome.accept(m);
                return Receipt.of(inbound.saveAndFlush(m), false);
            });
        } catch (DataIntegrityViolationException repeat) {
            return Receipt.of(inbound.findByDedupeKey(message.dedupeKey()).orElseThrow(() -> repeat), true);
        }
    }

    /** Processes a stored message again: the retry button of the dead-letter list. */
    public Receipt retry(Long id) {
        InboundMessage m = get(id);
        if (m.getStatus() == InboundStatus.PROCESSED) {
            return Receipt.of(m, true);
        }
        return process(id);
    }

    /** Retries the dead letters of a source family that wait for what {@code sender} names (a parcel that arrived). */
    void retryWaiting(String sourcePrefix, String sender) {
        inbound.findWaiting(InboundStatus.FAILED, sourcePrefix, sender).forEach(this::process);
    }

    Receipt process(Long id) {
        try {
            return newTx.execute(s -> {
                InboundMessage m = inbound.findLockedById(id).orElseThrow(() -> new NotFoundException("Inbound message", id));
                if (m.getStatus() == InboundStatus.PROCESSED) {
                    return Receipt.of(m, true);
                }
                InboundHandler.Outcome outcome = handlerFor(m).handle(m);
                if (outcome.ignored()) {
                    m.ignored(outcome.reason(), clock.instant());
                } else {
                    m.processed(outcome.ticketNumber(), clock.instant());
                }
                inbound.flush();
                return Receipt.of(m, false);
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            // another node or the sweeper processed it at the same moment: report what it did
            InboundMessage now = get(id);
            if (now.getStatus() == InboundStatus.PROCESSED || now.getStatus() == InboundStatus.IGNORED) {
                return Receipt.of(now, true);
            }
            return fail(id, concurrent);
        } catch (RuntimeException e) {
            return fail(id, e);
        }
    }

    /** Failures that pass (a lock held, a unique key taken concurrently) are tried again by the sweep this many times. */
    static final int TRANSIENT_ATTEMPTS = 5;

    private Receipt fail(Long id, RuntimeException e) {
        String reason = e instanceof UnprocessableMessageException ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        // a lock another transaction holds, or a unique key a concurrent event took first (two first events of one new
        // order): both pass, the sweep tries again
        boolean passing = e instanceof org.springframework.dao.TransientDataAccessException
                || e instanceof DataIntegrityViolationException;
        return newTx.execute(s -> {
            InboundMessage m = inbound.findLockedById(id).orElseThrow();
            if (m.getStatus() == InboundStatus.PROCESSED || m.getStatus() == InboundStatus.IGNORED) {
                return Receipt.of(m, true); // another node got there first
            }
            if (passing && m.attempts() + 1 < TRANSIENT_ATTEMPTS) {
                log.info("Inbound message {} will be tried again: {}", id, reason);
                m.tryAgainLater(reason);
                return Receipt.of(m, false);
            }
            log.warn("Inbound message {} kept as dead letter: {}", id, reason);
            m.failed(reason, clock.instant());
            return Receipt.of(m, false);
        });
    }

    /** Processes messages a crashed node stored but never processed. Runs in the background; safe on every node. */
    public int sweep() {
        List<Long> stuck = inbound.findStuck(clock.instant().minus(Duration.ofMinutes(2)), PageRequest.of(0, 100));
        stuck.forEach(this::process);
        return stuck.size();
    }

    public InboundMessage get(Long id) {
        return inbound.findById(id).orElseThrow(() -> new NotFoundException("Inbound message", id));
    }

    public Page<InboundMessage> list(Collection<InboundStatus> statuses, Pageable page) {
        return inbound.findByStatusInOrderByReceivedAtDesc(statuses, page);
    }

    public long countDeadLetters() {
        return inbound.countByStatus(InboundStatus.FAILED);
    }

    /** How many messages this sender sent through {@code source} within {@code window}. */
    long countRecentBySender(String source, String sender, Duration window) {
        return inbound.countBySourceAndSenderAndReceivedAtGreaterThanEqual(source, sender, clock.instant().minus(window));
    }

    /** How many messages came from this network address through {@code source} within {@code window}. */
    long countRecentByClient(String source, String clientAddress, Duration window) {
        return clientAddress == null ? 0
                : inbound.countBySourceAndClientAddressAndReceivedAtGreaterThanEqual(source, clientAddress, clock.instant().minus(window));
    }

    private InboundHandler handlerFor(InboundMessage m) {
        return handlers.orderedStream().filter(h -> h.handles(m.getSource())).findFirst()
                .orElseThrow(() -> new UnprocessableMessageException("No adapter for source " + m.getSource()));
    }
}
