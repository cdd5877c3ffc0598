package io.sportello.commerce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderPaymentRepository extends JpaRepository<OrderPayment, Long> {

    boolean existsByOrderIdAndKindAndExternalId(Long orderId, OrderPayment.Kind kind, String externalId);

    List<OrderPayment> findByOrderIdOrderByHappenedAtAscIdAsc(Long orderId);
}
