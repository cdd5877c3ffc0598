package io.sportello.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByGroupKeyAndLanguage(String groupKey, String language);

    List<Article> findByGroupKeyOrderByLanguage(String groupKey);

    List<Article> findByStatusAndLanguageOrderByTitle(ArticleStatus status, String language);

    List<Article> findAllByOrderByGroupKeyAscLanguageAsc();

    List<Article> findByUpdatedAtAfterOrderByUpdatedAt(Instant after);

    long countByStatus(ArticleStatus status);

    @Query("select max(a.updatedAt) from Article a")
    Instant lastUpdate();
}
