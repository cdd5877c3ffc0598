package io.sportello.commerce;

import static io.sportello.commerce.Json.instant;
import static io.sportello.commerce.Json.money;
import static io.sportello.commerce.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sportello's own JSON for any shop, marketplace or carrier without a native adapter (documented in the README):
 * an order event or a tracking event, camelCase, amounts as numbers or strings, times ISO-8601.
 */
final class GenericFormat {

    private GenericFormat() {
    }

    static OrderSnapshot order(String shop, JsonNode o) {
        String number = text(o, "orderNumber");
        if (number == null) {
            throw new UnreadableCommerceEventException("orderNumber", "required");
        }
        String status = text(o, "status") == null ? "CREATED" : text(o, "status").toUpperCase(Locale.ROOT).replace('-', '_');
        PaymentStatus payment = switch (status) {
            case "PAID", "FULFILLED", "PARTIALLY_FULFILLED", "SHIPPED", "DELIVERED" -> PaymentStatus.PAID;
            case "REFUNDED" -> PaymentStatus.REFUNDED;
            case "PARTIALLY_REFUNDED" -> PaymentStatus.PARTIALLY_REFUNDED;
            case "CREATED", "PLACED", "PENDING", "CANCELLED" -> PaymentStatus.PENDING;
            default -> throw new UnreadableCommerceEventException("status", "unknown status " + text(o, "status")
                    + " (CREATED, PAID, FULFILLED, PARTIALLY_FULFILLED, CANCELLED, REFUNDED, PARTIALLY_REFUNDED)");
        };
        Fulfilment fulfilment = switch (status) {
            case "FULFILLED", "SHIPPED", "DELIVERED" -> Fulfilment.FULFILLED;
            case "PARTIALLY_FULFILLED" -> Fulfilment.PARTIAL;
            default -> o.path("shipments").isEmpty() ? Fulfilment.UNFULFILLED : Fulfilment.FULFILLED;
        };
        JsonNode c = o.path("customer");
        List<OrderSnapshot.Line> lines = new ArrayList<>();
        int i = 0;
        for (JsonNode l : o.path("lineItems")) {
            lines.add(new OrderSnapshot.Line(ShopifyFormat.first(text(l, "id"), text(l, "sku"), "line-" + i), text(l, "sku"),
                    text(l, "product"), Json.integer(l, "quantity", 1), money(l, "unitPrice")));
            i++;
        }
        List<OrderSnapshot.Money> payments = new ArrayList<>();
        for (JsonNode p : o.path("payments")) {
            payments.add(new OrderSnapshot.Money(required(p, "id", "payments[].id"), money(p, "amount"), text(p, "method"),
                    text(p, "status"), null, instant(p, "at"), List.of()));
        }
        List<OrderSnapshot.Money> refunds = new ArrayList<>();
        for (JsonNode r : o.path("refunds")) {
            refunds.add(new OrderSnapshot.Money(required(r, "id", "refunds[].id"), money(r, "amount"), text(r, "method"),
                    "success", text(r, "reason"), instant(r, "at"), List.of()));
        }
        List<OrderSnapshot.Parcel> parcels = new ArrayList<>();
        for (JsonNode s : o.path("shipments")) {
            parcels.add(new OrderSnapshot.Parcel(text(s, "id"), text(s, "carrier"), required(s, "trackingCode",
                    "shipments[].trackingCode"), text(s, "trackingUrl"), instant(s, "shippedAt"), Json.date(s, "expectedDelivery"), null));
        }
        java.time.Instant updated = instant(o, "updatedAt");
        return new OrderSnapshot(shop, text(o, "eventId"), ShopifyFormat.first(text(o, "orderId"), number), number, false,
                instant(o, "placedAt"), updated != null ? updated : instant(o, "placedAt"),
                status.equals("CANCELLED") ? ShopifyFormat.first(updated, instant(o, "placedAt")) : null, payment, fulfilment,
                text(o, "currency"), money(o, "subtotal"), money(o, "shipping"), money(o, "tax"), money(o, "total"),
                new OrderSnapshot.Buyer(text(c, "name"), text(c, "email"), text(c, "phone"), Json.language(text(c, "language"))),
                text(o, "salesChannel") == null ? "web" : text(o, "salesChannel").toLowerCase(Locale.ROOT),
                address(o.path("billingAddress")), address(o.path("shippingAddress")), lines, payments, refunds, parcels);
    }

    static TrackingUpdate tracking(String source, JsonNode t) {
        String code = required(t, "trackingCode", "trackingCode");
        String status = required(t, "status", "status");
        ShipmentStatus normalised;
        try {
            normalised = ShipmentStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            normalised = TrackingFormats.fromWords(status);
            if (normalised == null) {
                throw new UnreadableCommerceEventException("status", "unknown status " + status);
            }
        }
        java.time.Instant at = instant(t, "occurredAt");
        if (at == null) {
            throw new UnreadableCommerceEventException("occurredAt", "required");
        }
        return new TrackingUpdate(source, text(t, "eventId"), text(t, "carrier"), code, text(t, "orderNumber"),
                Json.date(t, "expectedDelivery"), List.of(new TrackingUpdate.Checkpoint(normalised,
                ShopifyFormat.first(text(t, "carrierStatus"), status), text(t, "description"), text(t, "place"), at)));
    }

    private static String required(JsonNode n, String field, String name) {
        String v = text(n, field);
        if (v == null) {
            throw new UnreadableCommerceEventException(name, "required");
        }
        return v;
    }

    private static String address(JsonNode a) {
        if (a == null || a.isMissingNode() || a.isNull()) {
            return null;
        }
        if (a.isTextual()) {
            return a.asText().isBlank() ? null : a.asText().strip();
        }
        String place = ((text(a, "postcode") == null ? "" : text(a, "postcode") + " ") + (text(a, "city") == null ? "" : text(a, "city"))).strip();
        return Json.joined(text(a, "name"), text(a, "street"), place, text(a, "province"), text(a, "country"));
    }
}
