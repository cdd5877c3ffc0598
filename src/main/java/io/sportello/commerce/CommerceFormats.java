package io.sportello.commerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Reads a shop's or tracking platform's raw webhook body into the desk's vocabulary. A body that is not JSON, or misses
 * what is required, is refused with the field named ({@link UnreadableCommerceEventException}); a topic the desk does
 * not follow (a product update, WooCommerce's ping) reads as nothing.
 */
@Component
public class CommerceFormats {

    private final ObjectMapper json;

    CommerceFormats(ObjectMapper json) {
        this.json = json;
    }

    /** The order event in the body, or null for a topic the desk does not follow. */
    public OrderSnapshot readOrder(ShopConnections.Platform platform, String shop, String topic, String eventId, byte[] body) {
        JsonNode node = tree(body);
        return switch (platform) {
            case SHOPIFY -> ShopifyFormat.read(shop, topic, eventId, node);
            case WOOCOMMERCE -> WooCommerceFormat.read(shop, topic, eventId, node);
            case GENERIC -> GenericFormat.order(shop, node);
        };
    }

    public TrackingUpdate readTracking(ShopConnections.TrackingPlatform platform, String source, byte[] body) {
        JsonNode node = tree(body);
        return switch (platform) {
            case AFTERSHIP -> TrackingFormats.afterShip(source, node);
            case QAPLA -> TrackingFormats.qapla(source, node);
            case GENERIC -> GenericFormat.tracking(source, node);
        };
    }

    /** The event id a platform puts in the body (generic formats, AfterShip), for recognising a repeat. */
    public String eventIdIn(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                return null;
            }
            return ShopifyFormat.first(Json.text(node, "eventId"), Json.text(node, "event_id"));
        } catch (IOException e) {
            return null;
        }
    }

    private JsonNode tree(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new UnreadableCommerceEventException("body", "not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new UnreadableCommerceEventException("body", "not JSON: " + e.getMessage());
        }
    }
}
