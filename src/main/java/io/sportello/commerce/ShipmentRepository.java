package io.sportello.commerce;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    Optional<Shipment> findFirstByOrderIdOrderByShippedAtDesc(Long orderId);
}
