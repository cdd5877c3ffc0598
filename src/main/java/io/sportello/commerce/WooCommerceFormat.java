package io.sportello.commerce;

import static io.sportello.commerce.Json.money;
import static io.sportello.commerce.Json.text;
import static io.sportello.commerce.Json.utc;
import static io.sportello.commerce.ShopifyFormat.first;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * WooCommerce's order webhooks ({@code order.created|updated|deleted|restored}): the REST API v3 order. Its times
 * are read from the {@code _gmt} fields (UTC); tracking numbers from the Shipment Tracking extension's
 * {@code _wc_shipment_tracking_items} meta entry.
 */
final class WooCommerceFormat {

    private WooCommerceFormat() {
    }

    static OrderSnapshot read(String shop, String topic, String eventId, JsonNode o) {
        if (topic != null && !topic.toLowerCase(Locale.ROOT).startsWith("order.")) {
            return null;
        }
        if (topic != null && topic.equalsIgnoreCase("order.deleted")) {
            return null;
        }
        String id = text(o, "id");
        if (id == null) {
            throw new UnreadableCommerceEventException("id", "required");
        }
        String status = text(o, "status") == null ? "pending" : text(o, "status").toLowerCase(Locale.ROOT);
        JsonNode billing = o.path("billing");
        JsonNode shipping = o.path("shipping");
        List<OrderSnapshot.Line> lines = new ArrayList<>();
        for (JsonNode l : o.path("line_items")) {
            BigDecimal price = money(l, "price");
            int qty = Json.integer(l, "quantity", 1);
            if (price == null && money(l, "total") != null && qty > 0) {
                price = money(l, "total").divide(BigDecimal.valueOf(qty), 2, java.math.RoundingMode.HALF_UP);
            }
            lines.add(new OrderSnapshot.Line(text(l, "id"), text(l, "sku"), text(l, "name"), qty, price));
        }
        Instant placed = first(utc(o, "date_created_gmt"), Json.instant(o, "date_created"));
        Instant modified = first(utc(o, "date_modified_gmt"), Json.instant(o, "date_modified"), placed);
        Instant paid = first(utc(o, "date_paid_gmt"), Json.instant(o, "date_paid"));
        List<OrderSnapshot.Money> payments = new ArrayList<>();
        if (paid != null) {
            payments.add(new OrderSnapshot.Money(first(text(o, "transaction_id"), "order-" + id), money(o, "total"),
                    first(text(o, "payment_method_title"), text(o, "payment_method")), "paid", null, paid, List.of()));
        }
        List<OrderSnapshot.Money> refunds = new ArrayList<>();
        for (JsonNode r : o.path("refunds")) {
            BigDecimal total = money(r, "total");
            refunds.add(new OrderSnapshot.Money(text(r, "id"), total == null ? null : total.abs(), null, "success",
                    text(r, "reason"), modified, List.of()));
        }
        BigDecimal refunded = refunds.stream().map(OrderSnapshot.Money::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        PaymentStatus payment = switch (status) {
            case "processing", "completed" -> refunded.signum() > 0 ? PaymentStatus.PARTIALLY_REFUNDED : PaymentStatus.PAID;
            case "refunded" -> PaymentStatus.REFUNDED;
            case "failed" -> PaymentStatus.FAILED;
            case "cancelled" -> paid != null ? PaymentStatus.VOIDED : PaymentStatus.PENDING;
            default -> paid != null ? PaymentStatus.PAID : PaymentStatus.PENDING;
        };
        List<OrderSnapshot.Parcel> parcels = new ArrayList<>();
        for (JsonNode meta : o.path("meta_data")) {
            if ("_wc_shipment_tracking_items".equals(text(meta, "key"))) {
                for (JsonNode t : meta.path("value")) {
                    String carrier = first(text(t, "custom_tracking_provider"), text(t, "tracking_provider"));
                    parcels.add(new OrderSnapshot.Parcel(text(t, "tracking_id"), carrier, text(t, "tracking_number"),
                            text(t, "custom_tracking_link"), Json.instant(t, "date_shipped"), null, null));
                }
            }
        }
        Fulfilment fulfilment = status.equals("completed") || !parcels.isEmpty() ? Fulfilment.FULFILLED : Fulfilment.UNFULFILLED;
        BigDecimal total = money(o, "total");
        BigDecimal tax = money(o, "total_tax");
        BigDecimal ship = money(o, "shipping_total");
        BigDecimal subtotal = null;
        for (JsonNode l : o.path("line_items")) {
            BigDecimal s = money(l, "subtotal");
            subtotal = s == null ? subtotal : subtotal == null ? s : subtotal.add(s);
        }
        String createdVia = text(o, "created_via");
        return new OrderSnapshot(shop, eventId, id, first(text(o, "number"), id), false, placed, modified,
                status.equals("cancelled") ? modified : null, payment, fulfilment, text(o, "currency"), subtotal, ship, tax,
                total, new OrderSnapshot.Buyer(Json.name(text(billing, "first_name"), text(billing, "last_name")),
                text(billing, "email"), text(billing, "phone"), null),
                createdVia == null || createdVia.equals("checkout") || createdVia.equals("store-api") ? "web" : createdVia,
                address(billing), address(shipping), lines, payments, refunds, parcels);
    }

    private static String address(JsonNode a) {
        if (a == null || a.isMissingNode() || text(a, "address_1") == null && text(a, "city") == null) {
            return null;
        }
        String place = ((text(a, "postcode") == null ? "" : text(a, "postcode") + " ")
                + (text(a, "city") == null ? "" : text(a, "city"))).strip();
        return Json.joined(Json.name(text(a, "first_name"), text(a, "last_name")), text(a, "company"), text(a, "address_1"),
                text(a, "address_2"), place, text(a, "state"), text(a, "country"));
    }
}
