package io.sportello.commerce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderLineRepository extends JpaRepository<OrderLine, Long> {

    List<OrderLine> findByOrderIdOrderByPositionAsc(Long orderId);

    void deleteByOrderId(Long orderId);
}
