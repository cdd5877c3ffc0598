package io.sportello.commerce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface OrderRepository extends JpaRepository<ShopOrder, Long> {

    Optional<ShopOrder> findByNumberIgnoreCase(String number);

    List<ShopOrder> findByCustomerIdOrderByPlacedAtDesc(Long customerId);

    /** The order a shop's events are about, locked: two nodes applying two events of one order take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ShopOrder o where o.shop = :shop and o.externalId = :externalId")
    Optional<ShopOrder> lockByShopAndExternalId(String shop, String externalId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ShopOrder o where lower(o.number) = lower(:number)")
    Optional<ShopOrder> lockByNumber(String number);

    long countByPlacedAtBetween(java.time.Instant from, java.time.Instant to);
}
