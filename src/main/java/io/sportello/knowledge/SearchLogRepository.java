package io.sportello.knowledge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchLogRepository extends JpaRepository<KnowledgeSearchLog, Long> {

    /** The searches that found nothing in a period, the most frequent first: normalised text, language, count, last. */
    @Query("""
            select s.normalised, s.language, count(s), max(s.query), max(s.searchedAt) from KnowledgeSearchLog s
            where s.results = 0 and s.searchedAt >= ?1 and s.searchedAt < ?2
            group by s.normalised, s.language order by count(s) desc, max(s.searchedAt) desc""")
    List<Object[]> withoutResults(Instant from, Instant to);

    long countBySearchedAtGreaterThanEqualAndSearchedAtLessThan(Instant from, Instant to);

    long countByResultsAndSearchedAtGreaterThanEqualAndSearchedAtLessThan(int results, Instant from, Instant to);
}
