package io.sportello.commerce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<ShopOrder, Long> {

    Optional<ShopOrder> findByNumberIgnoreCase(String number);

    List<ShopOrder> findByCustomerIdOrderByPlacedAtDesc(Long customerId);
}
