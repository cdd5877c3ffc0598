package io.sportello.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboundRepository extends JpaRepository<OutboundDelivery, Long> {

    boolean existsByNotificationId(Long notificationId);


    boolean existsByMessageId(Long messageId);

    @Query("""
            select d.id from OutboundDelivery d
            where d.status in (io.sportello.intake.OutboundDelivery.Status.PENDING, io.sportello.intake.OutboundDelivery.Status.SENDING)
              and d.nextAttemptAt <= :now order by d.nextAttemptAt""")
    List<Long> findDue(Instant now, Pageable page);

    List<OutboundDelivery> findByTicketIdOrderByCreatedAt(Long ticketId);

    boolean existsByTicketIdAndInternetMessageId(Long ticketId, String internetMessageId);

    @Query("""
            select d.internetMessageId from OutboundDelivery d
            where d.ticketId = :ticketId and d.channel = io.sportello.shared.Channel.EMAIL order by d.createdAt, d.id""")
    List<String> emailIdsOfTicket(Long ticketId);

    List<OutboundDelivery> findByRecipientOrderByCreatedAtDesc(String recipient);
}
