package io.sportello.commerce;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderHistoryRepository extends JpaRepository<OrderHistory, Long> {

    List<OrderHistory> findByOrderIdOrderByHappenedAtAscIdAsc(Long orderId);
}
