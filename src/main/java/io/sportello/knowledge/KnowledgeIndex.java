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
 * at commit; at start the index is rebuilt when it does not hold every article (a new node, a restored database), and
 * every few seconds the articles another node changed are indexed again (each node keeps its own index; with
 * Elasticsearch/OpenSearch configured, all nodes share one and this only checks).
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
        rebuildIfIncomplete();
    }

    /** Rebuilds the index when it holds a different number of articles than the database. */
    void rebuildIfIncomplete() {
        transactions.executeWithoutResult(tx -> {
            watermark.set(articles.lastUpdate());
            SearchSession session = Search.session(entityManager);
            long indexed = session.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = articles.count();
            if (indexed != stored) {
                LOG.info("Knowledge index holds {} of {} articles: rebuilding", indexed, stored);
                try {
                    session.massIndexer(Article.class).threadsToLoadObjects(1).startAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    /** Indexes again what changed since the last look (changes made on other nodes). */
    @Scheduled(fixedDelayString = "${sportello.knowledge.index-sync:PT10S}", initialDelayString = "${sportello.knowledge.index-sync:PT10S}")
    void catchUp() {
        transactions.executeWithoutResult(tx -> {
            Instant since = watermark.get();
            var changed = since == null ? articles.findAll() : articles.findByUpdatedAtAfterOrderByUpdatedAt(since);
            if (changed.isEmpty()) {
                return;
            }
            SearchSession session = Search.session(entityManager);
            changed.forEach(a -> session.indexingPlan().addOrUpdate(a));
            watermark.set(changed.get(changed.size() - 1).getUpdatedAt());
        });
    }
}
