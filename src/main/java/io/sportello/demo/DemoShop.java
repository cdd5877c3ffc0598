package io.sportello.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.commerce.ShopConnections;
import io.sportello.customer.Customer;
import io.sportello.intake.CommerceIntake;
import io.sportello.intake.Receipt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's shop and tracking platform: they post Shopify order and fulfilment webhooks and AfterShip tracking
 * updates, signed with the demo secrets, through the same door real shops use. Nothing is written into the desk's
 * tables directly.
 */
@Component
@ConditionalOnProperty(name = "sportello.demo.enabled", havingValue = "true")
class DemoShop {

    static final String SHOP = "bottega";
    static final String TRACKING = "aftership";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** A product of the demo shop: name, SKU, price. */
    record Product(String name, String sku, BigDecimal price) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("Crema viso idratante - 50 ml", "CV-50", new BigDecimal("24.90")),
            new Product("Olio corpo alle mandorle - 100 ml", "OC-100", new BigDecimal("18.50")),
            new Product("Sneakers in pelle bianca - 39", "SN-39", new BigDecimal("89.00")),
            new Product("Felpa con cappuccio blu - M", "FE-M", new BigDecimal("49.90")),
            new Product("Zaino da città 20 l", "ZA-20", new BigDecimal("59.00")),
            new Product("Cuffie wireless con cancellazione del rumore", "CU-WL", new BigDecimal("129.00")),
            new Product("Set di tazze in ceramica (4)", "TZ-4", new BigDecimal("32.00")),
            new Product("Lampada da scrivania LED", "LA-LED", new BigDecimal("39.90")),
            new Product("Borraccia termica 500 ml", "BO-500", new BigDecimal("19.90")),
            new Product("Giacca impermeabile donna - S", "GI-S", new BigDecimal("119.00")));

    /** One line of a demo order. */
    record Line(long id, Product product, int quantity) {
    }

    /** A demo order as the shop knows it. */
    record Order(long id, String number, Customer customer, Instant placedAt, List<Line> lines, BigDecimal shipping) {

        BigDecimal subtotal() {
            return lines.stream().map(l -> l.product().price().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal total() {
            return subtotal().add(shipping);
        }
    }

    /** One step of a parcel as the carrier scans it. */
    record Scan(ShipmentStatus status, Instant at, String place, String message) {
    }

    private final CommerceIntake webhooks;
    private final ShopConnections connections;
    private final ObjectMapper json;

    DemoShop(CommerceIntake webhooks, ShopConnections connections, ObjectMapper json) {
        this.webhooks = webhooks;
        this.connections = connections;
        this.json = json;
    }

    /** The shop tells the desk about a new, paid order ({@code orders/paid}). */
    Receipt placed(Order o) {
        return shopify("orders/paid", order(o, o.placedAt()));
    }

    /** The shop hands the parcel to the carrier ({@code fulfillments/create}). */
    Receipt shipped(Order o, String carrier, String code, Instant at) {
        ObjectNode f = json.createObjectNode();
        f.put("id", o.id() * 10 + 1);
        f.put("order_id", o.id());
        f.put("status", "success");
        f.put("created_at", time(at));
        f.put("updated_at", time(at));
        f.put("name", o.number() + ".1");
        f.put("tracking_company", carrier);
        f.put("tracking_number", code);
        f.putArray("tracking_numbers").add(code);
        f.putNull("shipment_status");
        ArrayNode items = f.putArray("line_items");
        o.lines().forEach(l -> items.addObject().put("id", l.id()).put("quantity", l.quantity()).put("name", l.product().name()));
        return shopify("fulfillments/create", f);
    }

    /** AfterShip tells the desk about the parcel's scans so far (it always sends the whole list). */
    Receipt tracked(Order o, String carrier, String code, LocalDate expected, List<Scan> scans) {
        ObjectNode body = json.createObjectNode();
        body.put("event", "tracking_update");
        body.put("event_id", UUID.randomUUID().toString());
        ObjectNode msg = body.putObject("msg");
        msg.put("tracking_number", code);
        msg.put("slug", carrier.toLowerCase().replace(' ', '-'));
        Scan last = scans.get(scans.size() - 1);
        msg.put("tag", tag(last.status()));
        msg.put("subtag", tag(last.status()) + (last.status() == ShipmentStatus.RETURNED_TO_SENDER ? "_011" : "_001"));
        msg.put("order_id", o.number());
        if (expected != null) {
            msg.put("expected_delivery", expected.toString());
        }
        ArrayNode checkpoints = msg.putArray("checkpoints");
        for (Scan s : scans) {
            checkpoints.addObject().put("checkpoint_time", time(s.at())).put("tag", tag(s.status()))
                    .put("subtag", tag(s.status()) + (s.status() == ShipmentStatus.RETURNED_TO_SENDER ? "_011" : "_001"))
                    .put("location", s.place()).put("message", s.message()).put("slug", carrier.toLowerCase());
        }
        body.put("ts", last.at().getEpochSecond());
        byte[] raw = bytes(body);
        return webhooks.receiveTracking(TRACKING, Map.of("aftership-hmac-sha256",
                sign(connections.tracking().get(TRACKING).secret(), raw)), raw);
    }

    private static String tag(ShipmentStatus s) {
        return switch (s) {
            case INFO_RECEIVED -> "InfoReceived";
            case IN_TRANSIT -> "InTransit";
            case OUT_FOR_DELIVERY -> "OutForDelivery";
            case FAILED_ATTEMPT -> "AttemptFail";
            case AVAILABLE_FOR_PICKUP -> "AvailableForPickup";
            case EXCEPTION, RETURNED_TO_SENDER -> "Exception";
            case DELIVERED -> "Delivered";
        };
    }

    private ObjectNode order(Order o, Instant updated) {
        ObjectNode n = json.createObjectNode();
        n.put("id", o.id());
        n.put("name", o.number());
        n.put("email", o.customer().getEmail());
        if (o.customer().getPhone() != null) {
            n.put("phone", o.customer().getPhone());
        }
        n.put("created_at", time(o.placedAt()));
        n.put("processed_at", time(o.placedAt()));
        n.put("updated_at", time(updated));
        n.put("currency", "EUR");
        n.put("financial_status", "paid");
        n.putNull("fulfillment_status");
        n.put("source_name", "web");
        n.put("customer_locale", o.customer().getLanguage());
        n.put("subtotal_price", o.subtotal().toPlainString());
        n.put("total_price", o.total().toPlainString());
        n.put("total_tax", o.total().multiply(new BigDecimal("22")).divide(new BigDecimal("122"), 2, RoundingMode.HALF_UP)
                .toPlainString());
        n.put("taxes_included", true);
        n.putArray("payment_gateway_names").add("shopify_payments");
        n.putObject("total_shipping_price_set").putObject("shop_money").put("amount", o.shipping().toPlainString())
                .put("currency_code", "EUR");
        String[] name = o.customer().getDisplayName().split(" ", 2);
        ObjectNode c = n.putObject("customer");
        c.put("email", o.customer().getEmail());
        c.put("first_name", name[0]);
        c.put("last_name", name.length > 1 ? name[1] : "");
        ObjectNode ship = n.putObject("shipping_address");
        ship.put("first_name", name[0]).put("last_name", name.length > 1 ? name[1] : "").put("address1", "Via Roma 1")
                .put("city", "Milano").put("zip", "20121").put("province_code", "MI").put("country_code", "IT");
        ArrayNode lines = n.putArray("line_items");
        for (Line l : o.lines()) {
            lines.addObject().put("id", l.id()).put("sku", l.product().sku()).put("name", l.product().name())
                    .put("title", l.product().name()).put("quantity", l.quantity()).put("price", l.product().price().toPlainString());
        }
        n.putArray("fulfillments");
        n.putArray("refunds");
        return n;
    }

    private Receipt shopify(String topic, ObjectNode body) {
        byte[] raw = bytes(body);
        return webhooks.receiveShop(SHOP, Map.of("X-Shopify-Topic", topic, "X-Shopify-Webhook-Id", UUID.randomUUID().toString(),
                "X-Shopify-Hmac-Sha256", sign(connections.shop(SHOP).secret(), raw)), raw);
    }

    private byte[] bytes(ObjectNode node) {
        try {
            return json.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String time(Instant at) {
        return OffsetDateTime.ofInstant(at, ROME).toString();
    }

    static String sign(String secret, byte[] body) {
        return CommerceIntake.base64Hmac(secret, body);
    }

    static List<Line> basket(java.util.Random random, long orderId) {
        List<Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            lines.add(new Line(orderId * 100 + i, PRODUCTS.get(random.nextInt(PRODUCTS.size())), 1 + (random.nextDouble() < 0.2 ? 1 : 0)));
        }
        return lines;
    }
}
