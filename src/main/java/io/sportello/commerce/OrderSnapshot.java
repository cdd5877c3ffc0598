package io.sportello.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as one shop event describes it, whatever the shop's format (Shopify, WooCommerce, the generic JSON). A
 * {@code partial} snapshot (a Shopify refund or fulfilment event) only adds its payments, refunds and parcels; a full
 * one also replaces the order's state when it is newer than what the desk has.
 *
 * @param shop      the shop connection it came through ({@code sportello.commerce.shops.<name>})
 * @param eventId   the shop's id of this delivery (for the history); repeats are caught before, by intake
 * @param externalId the shop's id of the order (stable across its updates)
 * @param number    the number customers see ("#1001", "2001", "ORD-2026-100482")
 * @param updatedAt the shop's time of this state of the order: what orders the updates
 */
public record OrderSnapshot(String shop, String eventId, String externalId, String number, boolean partial,
                            Instant placedAt, Instant updatedAt, Instant cancelledAt, PaymentStatus paymentStatus,
                            Fulfilment fulfilment, String currency, BigDecimal subtotal, BigDecimal shipping,
                            BigDecimal tax, BigDecimal total, Buyer customer, String salesChannel,
                            String billingAddress, String shippingAddress, List<Line> lines, List<Money> payments,
                            List<Money> refunds, List<Parcel> parcels) {

    public OrderSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
        payments = payments == null ? List.of() : List.copyOf(payments);
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
    }

    /** Who bought, as the shop knows them: matched to a desk customer by e-mail, then phone. */
    public record Buyer(String name, String email, String phone, String language) {
    }

    /** A product line; {@code key} is the shop's line id (refunds name it). */
    public record Line(String key, String sku, String product, int quantity, BigDecimal unitPrice) {
    }

    /**
     * A payment or a refund; {@code refundedLines} are the line keys and quantities a refund gives back.
     */
    public record Money(String id, BigDecimal amount, String method, String status, String reason, Instant at,
                        List<RefundedLine> refundedLines) {

        public Money {
            refundedLines = refundedLines == null ? List.of() : List.copyOf(refundedLines);
        }
    }

    public record RefundedLine(String lineKey, int quantity) {
    }

    /** A parcel the shop handed to a carrier (a Shopify fulfilment, a WooCommerce tracking entry). */
    public record Parcel(String externalId, String carrier, String trackingCode, String trackingUrl, Instant shippedAt,
                         LocalDate expectedDelivery, ShipmentStatus status) {
    }
}
