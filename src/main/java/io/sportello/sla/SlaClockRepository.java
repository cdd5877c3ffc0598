package io.sportello.sla;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

    Optional<SlaClock> findByTicketId(Long ticketId);

    java.util.List<SlaClock> findByTicketIdIn(java.util.Collection<Long> ticketIds);
}
