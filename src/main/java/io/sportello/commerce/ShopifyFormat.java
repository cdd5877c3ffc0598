package io.sportello.commerce;

import static io.sportello.commerce.Json.instant;
import static io.sportello.commerce.Json.money;
import static io.sportello.commerce.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shopify's webhook bodies (REST Admin API resources): {@code orders/*} carry the whole order, {@code refunds/create}
 * a refund, {@code fulfillments/create|update} a fulfilment with its tracking number. The topic comes from the
 * {@code X-Shopify-Topic} header.
 */
final class ShopifyFormat {

    private ShopifyFormat() {
    }

    static OrderSnapshot read(String shop, String topic, String eventId, JsonNode body) {
        String t = topic == null ? "orders/updated" : topic.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("refunds/")) {
            return refund(shop, eventId, body);
        }
        if (t.startsWith("fulfillments/")) {
            return fulfilment(shop, eventId, body);
        }
        if (!t.startsWith("orders/") || t.equals("orders/delete") || t.equals("orders/edited")) {
            return null;
        }
        return order(shop, eventId, body);
    }

    static OrderSnapshot order(String shop, String eventId, JsonNode o) {
        String id = text(o, "id");
        if (id == null) {
            throw new UnreadableCommerceEventException("id", "required");
        }
        String number = text(o, "name") != null ? text(o, "name") : text(o, "order_number");
        JsonNode c = o.path("customer");
        String email = first(text(o, "email"), text(o, "contact_email"), text(c, "email"));
        String phone = first(text(o, "phone"), text(c, "phone"), text(o.path("shipping_address"), "phone"),
                text(o.path("billing_address"), "phone"));
        String name = first(Json.name(text(c, "first_name"), text(c, "last_name")),
                Json.name(text(o.path("billing_address"), "first_name"), text(o.path("billing_address"), "last_name")));
        String language = Json.language(first(text(o, "customer_locale"), text(c, "locale")));
        List<OrderSnapshot.Line> lines = new ArrayList<>();
        for (JsonNode l : o.path("line_items")) {
            String title = first(text(l, "name"), text(l, "title"));
            lines.add(new OrderSnapshot.Line(text(l, "id"), text(l, "sku"), title, Json.integer(l, "quantity", 1),
                    money(l, "price")));
        }
        BigDecimal shipping = money(o.path("total_shipping_price_set").path("shop_money"), "amount");
        if (shipping == null) {
            BigDecimal sum = null;
            for (JsonNode s : o.path("shipping_lines")) {
                BigDecimal p = money(s, "price");
                sum = p == null ? sum : sum == null ? p : sum.add(p);
            }
            shipping = sum;
        }
        PaymentStatus payment = payment(text(o, "financial_status"));
        List<OrderSnapshot.Money> payments = new ArrayList<>();
        if (payment == PaymentStatus.PAID || payment == PaymentStatus.PARTIALLY_REFUNDED || payment == PaymentStatus.REFUNDED) {
            // order bodies carry no transactions: the capture is recorded once, under the order's id
            String gateways = o.path("payment_gateway_names").isArray() && !o.path("payment_gateway_names").isEmpty()
                    ? String.join(", ", texts(o.path("payment_gateway_names"))) : text(o, "gateway");
            payments.add(new OrderSnapshot.Money("order-" + id, money(o, "total_price"), gateways, "paid", null,
                    first(instant(o, "processed_at"), instant(o, "created_at")), List.of()));
        }
        List<OrderSnapshot.Money> refunds = new ArrayList<>();
        for (JsonNode r : o.path("refunds")) {
            refunds.add(refundMoney(r));
        }
        List<OrderSnapshot.Parcel> parcels = new ArrayList<>();
        for (JsonNode f : o.path("fulfillments")) {
            parcels.addAll(parcels(f));
        }
        String source = text(o, "source_name");
        return new OrderSnapshot(shop, eventId, id, number, false, first(instant(o, "created_at"), instant(o, "processed_at")),
                first(instant(o, "updated_at"), instant(o, "created_at")), instant(o, "cancelled_at"), payment,
                fulfilment(text(o, "fulfillment_status")), text(o, "currency"), money(o, "subtotal_price"), shipping,
                money(o, "total_tax"), money(o, "total_price"), new OrderSnapshot.Buyer(name, email, phone, language),
                channel(source, o), address(o.path("billing_address")), address(o.path("shipping_address")), lines,
                payments, refunds, parcels);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static OrderSnapshot refund(String shop, String eventId, JsonNode r) {
        String orderId = text(r, "order_id");
        if (orderId == null) {
            throw new UnreadableCommerceEventException("order_id", "required");
        }
        return new OrderSnapshot(shop, eventId, orderId, null, true, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(refundMoney(r)), List.of());
    }

    private static OrderSnapshot.Money refundMoney(JsonNode r) {
        BigDecimal amount = null;
        String gateway = null;
        for (JsonNode t : r.path("transactions")) {
            String kind = text(t, "kind");
            String status = text(t, "status");
            if ((kind == null || kind.equalsIgnoreCase("refund")) && (status == null || status.equalsIgnoreCase("success"))) {
                BigDecimal a = money(t, "amount");
                amount = a == null ? amount : amount == null ? a : amount.add(a);
                gateway = gateway != null ? gateway : text(t, "gateway");
            }
        }
        List<OrderSnapshot.RefundedLine> refunded = new ArrayList<>();
        BigDecimal fromLines = null;
        for (JsonNode l : r.path("refund_line_items")) {
            refunded.add(new OrderSnapshot.RefundedLine(text(l, "line_item_id"), Json.integer(l, "quantity", 0)));
            BigDecimal sub = money(l, "subtotal");
            fromLines = sub == null ? fromLines : fromLines == null ? sub : fromLines.add(sub);
        }
        String id = text(r, "id");
        if (id == null) {
            throw new UnreadableCommerceEventException("refunds.id", "required");
        }
        // only money that really went back counts: a restock without a refund transaction returned nothing
        return new OrderSnapshot.Money(id, amount != null ? amount : BigDecimal.ZERO, gateway, "success", text(r, "note"),
                first(instant(r, "processed_at"), instant(r, "created_at")), refunded);
    }

    private static OrderSnapshot fulfilment(String shop, String eventId, JsonNode f) {
        String orderId = text(f, "order_id");
        if (orderId == null) {
            throw new UnreadableCommerceEventException("order_id", "required");
        }
        String name = text(f, "name");
        String number = name != null && name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : null;
        return new OrderSnapshot(shop, eventId, orderId, number, true, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), parcels(f));
    }

    private static List<OrderSnapshot.Parcel> parcels(JsonNode f) {
        String status = text(f, "status");
        if ("cancelled".equalsIgnoreCase(status) || "failure".equalsIgnoreCase(status) || "error".equalsIgnoreCase(status)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        if (f.path("tracking_numbers").isArray() && !f.path("tracking_numbers").isEmpty()) {
            f.path("tracking_numbers").forEach(n -> codes.add(n.asText()));
        } else if (text(f, "tracking_number") != null) {
            codes.add(text(f, "tracking_number"));
        }
        List<String> urls = new ArrayList<>();
        f.path("tracking_urls").forEach(n -> urls.add(n.asText()));
        List<OrderSnapshot.Parcel> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            out.add(new OrderSnapshot.Parcel(text(f, "id"), text(f, "tracking_company"), codes.get(i),
                    i < urls.size() ? urls.get(i) : text(f, "tracking_url"), first(instant(f, "created_at"), instant(f, "updated_at")),
                    Json.date(f, "estimated_delivery_at"), shipment(text(f, "shipment_status"))));
        }
        return out;
    }

    /** Shopify's fulfilment {@code shipment_status}, when the shop's carrier integration sets it. */
    static ShipmentStatus shipment(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "in_transit", "confirmed" -> ShipmentStatus.IN_TRANSIT;
            case "out_for_delivery" -> ShipmentStatus.OUT_FOR_DELIVERY;
            case "attempted_delivery" -> ShipmentStatus.FAILED_ATTEMPT;
            case "ready_for_pickup" -> ShipmentStatus.AVAILABLE_FOR_PICKUP;
            case "delivered" -> ShipmentStatus.DELIVERED;
            case "failure" -> ShipmentStatus.EXCEPTION;
            default -> ShipmentStatus.INFO_RECEIVED; // label_printed, label_purchased
        };
    }

    static PaymentStatus payment(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "paid" -> PaymentStatus.PAID;
            case "partially_paid" -> PaymentStatus.AUTHORIZED; // part of it: no full payment is booked
            case "authorized" -> PaymentStatus.AUTHORIZED;
            case "partially_refunded" -> PaymentStatus.PARTIALLY_REFUNDED;
            case "refunded" -> PaymentStatus.REFUNDED;
            case "voided" -> PaymentStatus.VOIDED;
            default -> PaymentStatus.PENDING;
        };
    }

    static Fulfilment fulfilment(String s) {
        if (s == null) {
            return Fulfilment.UNFULFILLED;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "fulfilled", "shipped" -> Fulfilment.FULFILLED;
            case "partial" -> Fulfilment.PARTIAL;
            default -> Fulfilment.UNFULFILLED;
        };
    }

    /** The sales channel: the online store is "web"; marketplaces and apps keep their own name. */
    private static String channel(String source, JsonNode o) {
        if (source == null) {
            return "web";
        }
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "web", "shopify_draft_order", "iphone", "android" -> "web";
            case "pos" -> "pos";
            default -> source.toLowerCase(Locale.ROOT).length() > 40 ? source.substring(0, 40) : source.toLowerCase(Locale.ROOT);
        };
    }

    static String address(JsonNode a) {
        if (a == null || a.isMissingNode() || a.isNull() || text(a, "address1") == null && text(a, "city") == null) {
            return null;
        }
        String place = ((text(a, "zip") == null ? "" : text(a, "zip") + " ") + (text(a, "city") == null ? "" : text(a, "city"))).strip();
        return Json.joined(first(text(a, "name"), Json.name(text(a, "first_name"), text(a, "last_name"))), text(a, "company"),
                text(a, "address1"), text(a, "address2"), place, text(a, "province_code"),
                first(text(a, "country_code"), text(a, "country")));
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
