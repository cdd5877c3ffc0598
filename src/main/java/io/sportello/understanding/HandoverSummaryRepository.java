package io.sportello.understanding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverSummaryRepository extends JpaRepository<HandoverSummary, Long> {

    Optional<HandoverSummary> findFirstByTicketIdOrderByIdDesc(Long ticketId);
}
