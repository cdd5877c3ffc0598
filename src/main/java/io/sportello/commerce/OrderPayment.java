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

/** Money that moved for an order: a payment, or a refund; recorded once per id the shop gives it. */
@Entity
@Table(name = "order_payment")
public class OrderPayment {

    public enum Kind { PAYMENT, REFUND }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_payment_seq")
    @SequenceGenerator(name = "order_payment_seq", sequenceName = "order_payment_seq", allocationSize = 50)
    private Long id;
    private Long orderId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String externalId;
    private String method;
    private BigDecimal amount;
    private String currency;
    private String status;
    private String reason;
    private Instant happenedAt;

    protected OrderPayment() {
    }

    OrderPayment(Long orderId, Kind kind, OrderSnapshot.Money money, String currency) {
        this.orderId = orderId;
        this.kind = kind;
        this.externalId = money.id();
        this.method = cut(money.method(), 80);
        this.amount = money.amount() == null ? null : money.amount().abs();
        this.currency = currency;
        this.status = cut(money.status(), 20);
        this.reason = cut(money.reason(), 500);
        this.happenedAt = money.at();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Kind getKind() {
        return kind;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
