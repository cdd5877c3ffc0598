package io.sportello.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reactions to events that have not completed: a listener failed (its own transaction rolled back, the action that
 * published the event did not) or the node stopped before it finished. They stay in the event publication registry
 * until a retry succeeds: in the background after {@code sportello.reactions.retry-after}, at the next start, or when
 * an administrator runs them again.
 */
@Service
public class Reactions {

    private static final Logger log = LoggerFactory.getLogger(Reactions.class);

    /** One reaction not completed: who should have reacted, to what, since when. */
    public record Pending(UUID id, String listener, String event, Instant since) {
    }

    private final JdbcTemplate jdbc;
    private final IncompleteEventPublications incomplete;

    Reactions(JdbcTemplate jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    /** The reactions not completed, oldest first (at most {@code limit}). */
    public List<Pending> incomplete(int limit) {
        return jdbc.query("select id, listener_id, event_type, publication_date from event_publication"
                        + " where completion_date is null order by publication_date, id",
                (rs, i) -> new Pending(rs.getObject(1, UUID.class), listener(rs.getString(2)), simpleName(rs.getString(3)),
                        rs.getObject(4, Timestamp.class).toInstant()), new Object[0]).stream().limit(limit).toList();
    }

    public long countIncomplete() {
        Long n = jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return n == null ? 0 : n;
    }

    /** Runs one reaction again (in the background executor, like the first time). */
    public void retry(UUID id) {
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(id));
    }

    /** Runs every reaction not completed again. */
    public void retryAll() {
        incomplete.resubmitIncompletePublications(p -> true);
    }

    /** {@code io.sportello.intake.Outbox.onMessage(io.sportello.ticket.TicketMessageAdded)} → {@code Outbox.onMessage}. */
    static String listener(String id) {
        String method = (id.contains("(") ? id.substring(0, id.indexOf('(')) : id).replace('$', '.');
        String[] parts = method.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : method;
    }

    static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }

    /** Retries what has been waiting longer than a reaction normally takes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "sportello.reactions.background", havingValue = "true", matchIfMissing = true)
    static class Background {

        private final IncompleteEventPublications incomplete;
        private final Duration retryAfter;

        Background(IncompleteEventPublications incomplete,
                   @Value("${sportello.reactions.retry-after:PT2M}") Duration retryAfter) {
            this.incomplete = incomplete;
            this.retryAfter = retryAfter;
        }

        @Scheduled(fixedDelayString = "${sportello.reactions.retry-interval:PT1M}", initialDelayString = "PT1M")
        void retry() {
            try {
                incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
            } catch (RuntimeException e) {
                log.warn("Retrying reactions not completed failed: {}", e.getMessage());
            }
        }
    }
}
