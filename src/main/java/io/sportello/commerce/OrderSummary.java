package io.sportello.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the desk tells a customer about an order: its status and, once shipped, the carrier, tracking
 * code and link, and the expected delivery date. Shipment fields are null before shipping.
 */
public record OrderSummary(String orderNumber, Long customerId, Instant placedAt, OrderStatus status, BigDecimal total,
                           String currency, String carrier, String trackingCode, String trackingUrl,
                           ShipmentStatus shipmentStatus, LocalDate expectedDelivery, Instant deliveredAt) {

    public boolean isShipped() {
        return trackingCode != null;
    }
}
