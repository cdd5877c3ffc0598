package io.sportello.proactive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParcelNotificationRepository extends JpaRepository<ParcelNotification, Long> {

    Optional<ParcelNotification> findByShipmentIdAndNotice(Long shipmentId, Notice notice);

    @Query("select count(n) from ParcelNotification n where n.customerId = :customerId and n.decidedAt >= :since"
            + " and n.status in (io.sportello.proactive.ParcelNotification.Status.QUEUED,"
            + " io.sportello.proactive.ParcelNotification.Status.DEFERRED)")
    long countSentSince(Long customerId, Instant since);

    List<ParcelNotification> findByDecidedAtBetween(Instant from, Instant to);

    List<ParcelNotification> findByOrderNumberInAndDecidedAtBefore(java.util.Collection<String> orderNumbers, Instant before);

    List<ParcelNotification> findByOrderIdOrderByDecidedAtAsc(Long orderId);
}
