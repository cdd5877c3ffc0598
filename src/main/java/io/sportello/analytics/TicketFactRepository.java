package io.sportello.analytics;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketFactRepository extends JpaRepository<TicketFact, Long> {

    /** Tickets stored before the analytics module knew them (an upgraded database), oldest first. */
    @Query(value = "select t.id from ticket t where not exists (select 1 from ticket_fact f where f.ticket_id = t.id) order by t.id",
            nativeQuery = true)
    List<Long> ticketsWithoutFacts(Pageable page);
}
