package io.sportello.commerce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    Optional<Shipment> findFirstByOrderIdOrderByShippedAtDesc(Long orderId);

    List<Shipment> findByOrderIdOrderByShippedAtAsc(Long orderId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shipment s where lower(s.trackingCode) = lower(:code) order by s.id desc")
    List<Shipment> lockByTrackingCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s.id from Shipment s where s.id = :id")
    Optional<Long> lockById(Long id);

    List<Shipment> findByOrderIdIn(java.util.Collection<Long> orderIds);

    List<Shipment> findByShippedAtGreaterThanEqualAndShippedAtLessThan(java.time.Instant from, java.time.Instant to);
}
