package io.sportello.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A product line of an order: what, how many, at what price, how many of them were refunded. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    private Long id;
    private Long orderId;
    private int position;
    private String lineKey;
    private String sku;
    private String product;
    private int quantity;
    private BigDecimal unitPrice;
    private BigDecimal lineTotal;
    private int refundedQuantity;

    protected OrderLine() {
    }

    OrderLine(Long orderId, int position, OrderSnapshot.Line line) {
        this.orderId = orderId;
        this.position = position;
        this.lineKey = line.key();
        this.sku = line.sku();
        this.product = line.product() != null && line.product().length() > 300 ? line.product().substring(0, 300) : line.product();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.lineTotal = line.unitPrice() == null ? null : line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
    }

    void refunded(int quantity) {
        this.refundedQuantity = Math.min(this.quantity, refundedQuantity + quantity);
    }

    public Long getOrderId() {
        return orderId;
    }

    public int getPosition() {
        return position;
    }

    public String getLineKey() {
        return lineKey;
    }

    public String getSku() {
        return sku;
    }

    public String getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }

    public int getRefundedQuantity() {
        return refundedQuantity;
    }
}
