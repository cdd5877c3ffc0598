package io.sportello.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboundRepository extends JpaRepository<InboundMessage, Long> {

    Optional<InboundMessage> findByDedupeKey(String dedupeKey);

    /** Locks the row: one node at a time processes a message, the others then see it processed. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from InboundMessage m where m.id = :id")
    Optional<InboundMessage> findLockedById(Long id);

    Page<InboundMessage> findByStatusInOrderByReceivedAtDesc(Collection<InboundStatus> statuses, Pageable page);

    long countByStatus(InboundStatus status);

    /** Dead letters of a source family ("tracking:") waiting for what {@code sender} names (a tracking code). */
    @org.springframework.data.jpa.repository.Query("select m.id from InboundMessage m where m.status = :status"
            + " and m.source like concat(:prefix, '%') and m.sender = :sender")
    List<Long> findWaiting(InboundStatus status, String prefix, String sender);

    @Query("select m.id from InboundMessage m where m.status = 'RECEIVED' and m.receivedAt < :before order by m.receivedAt")
    List<Long> findStuck(Instant before, Pageable page);

    long countBySourceAndSenderAndReceivedAtGreaterThanEqual(String source, String sender, Instant since);

    long countBySourceAndClientAddressAndReceivedAtGreaterThanEqual(String source, String clientAddress, Instant since);
}
