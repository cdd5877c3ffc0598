package io.sportello.knowledge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeflectionRepository extends JpaRepository<KnowledgeDeflection, Long> {

    @Query("""
            select d.source, count(d) from KnowledgeDeflection d where d.deflectedAt >= ?1 and d.deflectedAt < ?2
            group by d.source""")
    List<Object[]> countBySource(Instant from, Instant to);
}
