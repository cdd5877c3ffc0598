package io.sportello.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** An order placed in the shop, as the desk sees it. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_order_seq")
    @SequenceGenerator(name = "shop_order_seq", sequenceName = "shop_order_seq", allocationSize = 50)
    private Long id;

    private String number;
    private Long customerId;
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private BigDecimal total;
    private String currency;

    protected ShopOrder() {
    }

    void moveTo(Long customerId) {
        this.customerId = customerId;
    }

    ShopOrder(String number, Long customerId, Instant placedAt, OrderStatus status, BigDecimal total, String currency) {
        this.number = number;
        this.customerId = customerId;
        this.placedAt = placedAt;
        this.status = status;
        this.total = total;
        this.currency = currency;
    }

    void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getCurrency() {
        return currency;
    }
}
