package io.sportello.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

    boolean existsByTicketIdAndExternalId(Long ticketId, String externalId);
}
