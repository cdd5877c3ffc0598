package io.sportello.knowledge;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByGroupKeyAndLanguage(String groupKey, String language);

    /** The article, locked until the transaction ends: two saves of its draft take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
    @Query("select a from Article a where a.id = :id")
    Optional<Article> lockById(@org.springframework.data.repository.query.Param("id") Long id);

    List<Article> findByGroupKeyOrderByLanguage(String groupKey);

    List<Article> findByStatusAndLanguageOrderByTitle(ArticleStatus status, String language);

    List<Article> findAllByOrderByGroupKeyAscLanguageAsc();

    /**
     * The articles changed since {@code after}, locked until the caller's transaction ends: a change being committed
     * meanwhile waits, so a catch-up never writes an older state into the index over a newer one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
    List<Article> findByUpdatedAtAfterOrderByUpdatedAt(Instant after);

    long countByStatus(ArticleStatus status);

    @Query("select max(a.updatedAt) from Article a")
    Instant lastUpdate();

    // readers' counters change without touching the article's version (an editor may be publishing it meanwhile)

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Article a set a.views = a.views + 1 where a.id = ?1")
    int countView(Long id);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Article a set a.helpful = a.helpful + 1 where a.id = ?1")
    int countHelpful(Long id);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Article a set a.unhelpful = a.unhelpful + 1 where a.id = ?1")
    int countUnhelpful(Long id);

    /** The articles whose published text shows a file of the desk. */
    @Query("select a from Article a join a.files f where f = ?1")
    List<Article> findShowing(String storageKey);

    List<Article> findTop50ByStatusOrderByViewsDesc(ArticleStatus status);
}
