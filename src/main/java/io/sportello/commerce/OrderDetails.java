package io.sportello.commerce;

import java.util.List;

/**
 * Everything the desk knows about one order, for the agent's order panel and the API: the order, its lines, payments
 * and refunds, each parcel with its timeline, the order's history, and the link to it in the shop's admin.
 */
public record OrderDetails(ShopOrder order, List<OrderLine> lines, List<OrderPayment> payments,
                           List<Parcel> parcels, List<OrderHistory> history, String adminUrl, String shopName) {

    /** A parcel with its tracking link and its events, oldest first. */
    public record Parcel(Shipment shipment, String trackingUrl, List<ShipmentEvent> events) {
    }
}
