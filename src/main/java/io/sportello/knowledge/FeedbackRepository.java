package io.sportello.knowledge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRepository extends JpaRepository<KnowledgeFeedback, Long> {

    /** Per article and answer (helped or not), how many readers answered in the period. */
    @Query("""
            select f.articleId, f.helped, count(f) from KnowledgeFeedback f
            where f.answeredAt >= ?1 and f.answeredAt < ?2 group by f.articleId, f.helped""")
    List<Object[]> countsByArticle(Instant from, Instant to);
}
