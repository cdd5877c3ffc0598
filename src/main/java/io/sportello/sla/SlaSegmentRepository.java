package io.sportello.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaSegmentRepository extends JpaRepository<SlaSegment, Long> {

    List<SlaSegment> findByTicketIdOrderByStartedAtAscIdAsc(Long ticketId);

    Optional<SlaSegment> findFirstByTicketIdAndEndedAtIsNullOrderByStartedAtDesc(Long ticketId);
}
