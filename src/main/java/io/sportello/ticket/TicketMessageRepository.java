package io.sportello.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

    boolean existsByTicketIdAndExternalId(Long ticketId, String externalId);

    Optional<TicketMessage> findFirstByExternalId(String externalId);

    @Query("""
            select m.externalId from TicketMessage m
            where m.ticketId = :ticketId and m.direction = io.sportello.ticket.Direction.INBOUND and m.externalId is not null
            order by m.createdAt, m.id""")
    List<String> inboundExternalIds(@Param("ticketId") Long ticketId);

    @Query("""
            select count(m) from TicketMessage m
            where m.ticketId = :ticketId and m.direction = io.sportello.ticket.Direction.OUTBOUND
              and m.visibility = io.sportello.ticket.Visibility.PUBLIC and m.authorKind = io.sportello.shared.Actor.Kind.USER""")
    long countPublicAgentReplies(@Param("ticketId") Long ticketId);

    @Query("select m from TicketMessage m join m.attachments a where a.storageKey = :key")
    Optional<TicketMessage> findByAttachmentKey(@Param("key") String key);
}
