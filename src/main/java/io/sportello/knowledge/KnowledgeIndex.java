package io.sportello.knowledge;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this node's Lucene index in step with the database. Hibernate Search indexes every change made on this node
 * at commit; at start the whole index is rebuilt (a knowledge base is small: 10,000 articles take seconds), and
 * every few seconds the articles changed in the last minutes — on any node — are indexed again, with an overlap so
 * that a change committed late or stamped by a node whose clock runs behind is not missed. Each node keeps its own
 * index; searches check every hit against the database anyway ({@link KnowledgeSearch}). A catch-up locks the rows
 * it reads, so an edit committed on this node while it runs cannot be overwritten in the index by the older text.
 */
@Component
class KnowledgeIndex {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final TransactionTemplate transactions;
    private final AtomicReference<Instant> watermark = new AtomicReference<>();

    KnowledgeIndex(EntityManager entityManager, ArticleRepository articles,
                   org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        rebuild();
    }

    /** How far back each look goes before the last change it saw. */
    static final java.time.Duration OVERLAP = java.time.Duration.ofMinutes(2);

    /** Rebuilds the index from the database. */
    void rebuild() {
        transactions.executeWithoutResult(tx -> {
            watermark.set(articles.lastUpdate());
            SearchSession session = Search.session(entityManager);
            LOG.info("Indexing the knowledge base ({} articles)", articles.count());
            try {
                session.massIndexer(Article.class).threadsToLoadObjects(1).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Indexes again what changed since the last look (changes made on other nodes). */
    @Scheduled(fixedDelayString = "${sportello.knowledge.index-sync:PT10S}", initialDelayString = "${sportello.knowledge.index-sync:PT10S}")
    void catchUp() {
        transactions.executeWithoutResult(tx -> {
            Instant since = watermark.get();
            var changed = since == null ? articles.findAll()
                    : articles.findByUpdatedAtAfterOrderByUpdatedAt(since.minus(OVERLAP));
            if (changed.isEmpty()) {
                return;
            }
            SearchSession session = Search.session(entityManager);
            changed.forEach(a -> session.indexingPlan().addOrUpdate(a));
            Instant newest = changed.get(changed.size() - 1).getUpdatedAt();
            if (since == null || newest.isAfter(since)) {
                watermark.set(newest);
            }
        });
    }
}
