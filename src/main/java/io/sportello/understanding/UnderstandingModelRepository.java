package io.sportello.understanding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnderstandingModelRepository extends JpaRepository<UnderstandingModel, Long> {

    Optional<UnderstandingModel> findFirstByActiveTrueOrderByIdDesc();

    List<UnderstandingModel> findAllByOrderByIdDesc();

    /** The active version(s), locked: retraining and rolling back on two nodes at once wait for each other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    List<UnderstandingModel> findByActiveTrue();

    @org.springframework.data.jpa.repository.Query("select coalesce(max(m.correctionsUpTo), 0) from UnderstandingModel m")
    long maxCorrectionsUpTo();

    Optional<UnderstandingModel> findFirstByIdLessThanOrderByIdDesc(Long id);
}
