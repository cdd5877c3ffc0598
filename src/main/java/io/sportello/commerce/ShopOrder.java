package io.sportello.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order placed in the shop, as the desk sees it. The shop's own update time ({@code sourceUpdatedAt}) orders the
 * updates: one older than what is stored never overwrites it.
 */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shop_order_seq")
    @SequenceGenerator(name = "shop_order_seq", sequenceName = "shop_order_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;

    private String number;
    private Long customerId;
    private Instant placedAt;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private BigDecimal total;
    private String currency;

    private String shop;
    private String externalId;
    private String salesChannel;
    @Enumerated(EnumType.STRING)
    private PaymentStatus paymentStatus;
    @Enumerated(EnumType.STRING)
    private Fulfilment fulfilment;
    private BigDecimal subtotal;
    private BigDecimal shippingTotal;
    private BigDecimal taxTotal;
    private BigDecimal refundedTotal;
    private String customerName;
    private String customerEmail;
    private String customerPhone;
    private String billingAddress;
    private String shippingAddress;
    private Instant sourceUpdatedAt;
    private Instant cancelledAt;

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

    ShopOrder(String shop, String externalId, String number, Long customerId, Instant placedAt) {
        this(number, customerId, placedAt, OrderStatus.PLACED, null, null);
        this.shop = shop;
        this.externalId = externalId;
    }

    /** Takes the state of a full snapshot of the order the shop sent. */
    void take(OrderSnapshot s) {
        this.placedAt = s.placedAt() != null ? s.placedAt() : placedAt;
        this.currency = s.currency() != null ? s.currency() : currency;
        this.subtotal = s.subtotal();
        this.shippingTotal = s.shipping();
        this.taxTotal = s.tax();
        this.total = s.total() != null ? s.total() : total;
        this.salesChannel = s.salesChannel();
        this.paymentStatus = s.paymentStatus() != null ? s.paymentStatus() : paymentStatus;
        this.fulfilment = s.fulfilment() != null ? s.fulfilment() : fulfilment;
        this.cancelledAt = s.cancelledAt();
        this.billingAddress = s.billingAddress();
        this.shippingAddress = s.shippingAddress();
        if (s.customer() != null) {
            this.customerName = s.customer().name();
            this.customerEmail = s.customer().email();
            this.customerPhone = s.customer().phone();
        }
        if (s.updatedAt() != null) {
            this.sourceUpdatedAt = s.updatedAt();
        }
    }

    /** Whether an update made at {@code updatedAt} is older than what the desk has (and must be left out). */
    boolean isNewerThan(Instant updatedAt) {
        return sourceUpdatedAt != null && updatedAt != null && updatedAt.isBefore(sourceUpdatedAt);
    }

    void setRefundedTotal(BigDecimal refunded) {
        this.refundedTotal = refunded;
    }

    void setStatus(OrderStatus status) {
        this.status = status;
    }

    void setFulfilment(Fulfilment fulfilment) {
        this.fulfilment = fulfilment;
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

    public String getShop() {
        return shop;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getSalesChannel() {
        return salesChannel;
    }

    public PaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public Fulfilment getFulfilment() {
        return fulfilment;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getShippingTotal() {
        return shippingTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getRefundedTotal() {
        return refundedTotal;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public Instant getSourceUpdatedAt() {
        return sourceUpdatedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
