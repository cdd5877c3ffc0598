package io.sportello.commerce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShipmentEventRepository extends JpaRepository<ShipmentEvent, Long> {

    boolean existsByShipmentIdAndEventKey(Long shipmentId, String eventKey);

    List<ShipmentEvent> findByShipmentIdOrderByOccurredAtAscIdAsc(Long shipmentId);
}
