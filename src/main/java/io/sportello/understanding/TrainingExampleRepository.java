package io.sportello.understanding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingExampleRepository extends JpaRepository<TrainingExample, Long> {

    List<TrainingExample> findByIdLessThanEqualOrderByIdAsc(Long upTo);

    List<TrainingExample> findByIdGreaterThanOrderByIdAsc(Long after);

    List<TrainingExample> findByTicketIdOrderByIdAsc(Long ticketId);

    @org.springframework.data.jpa.repository.Query("select coalesce(max(e.id), 0) from TrainingExample e")
    long maxId();
}
