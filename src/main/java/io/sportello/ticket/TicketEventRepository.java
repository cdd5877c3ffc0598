package io.sportello.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

    List<TicketEvent> findByTicketIdOrderByOccurredAtAscIdAsc(Long ticketId);

    boolean existsByTicketIdAndActorId(Long ticketId, String actorId);

    @org.springframework.data.jpa.repository.Query("""
            select e.actorId, count(e) from TicketEvent e where e.type = :type and e.occurredAt >= :since
            and e.actorKind = io.sportello.shared.Actor.Kind.USER group by e.actorId""")
    List<Object[]> countByActorSince(TicketEventType type, java.time.Instant since);
}
