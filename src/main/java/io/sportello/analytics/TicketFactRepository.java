package io.sportello.analytics;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketFactRepository extends JpaRepository<TicketFact, Long> {

    /** Which of these tickets have their facts already. */
    @Query("select f.ticketId from TicketFact f where f.ticketId in :ticketIds")
    List<Long> knownAmong(java.util.Collection<Long> ticketIds);
}
