package io.sportello.understanding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnderstandingModelRepository extends JpaRepository<UnderstandingModel, Long> {

    Optional<UnderstandingModel> findFirstByActiveTrueOrderByIdDesc();

    List<UnderstandingModel> findAllByOrderByIdDesc();

    List<UnderstandingModel> findByActiveTrue();

    Optional<UnderstandingModel> findFirstByIdLessThanOrderByIdDesc(Long id);
}
