package io.sportello.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatSessionRepository extends JpaRepository<ChatSession, Long> {

    long countByCustomerIdAndStartedAtAfter(Long customerId, java.time.Instant since);

    Optional<ChatSession> findFirstByTicketIdAndStatusInOrderByStartedAtDesc(Long ticketId, Collection<ChatSession.Status> statuses);

    List<ChatSession> findByTicketIdOrderByStartedAt(Long ticketId);

    List<ChatSession> findByStatusOrderByStartedAt(ChatSession.Status status);

    @org.springframework.data.jpa.repository.Query(
            "select count(c), min(c.startedAt) from ChatSession c where c.status = io.sportello.intake.ChatSession.Status.WAITING")
    List<Object[]> waitingSummary();
}
