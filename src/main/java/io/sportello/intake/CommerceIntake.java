package io.sportello.intake;

import io.sportello.commerce.CommerceFeed;
import io.sportello.commerce.CommerceFormats;
import io.sportello.commerce.OrderSnapshot;
import io.sportello.commerce.ShipmentUpdated;
import io.sportello.commerce.ShopConnections;
import io.sportello.commerce.TrackingUpdate;
import io.sportello.commerce.UnreadableCommerceEventException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The door for shops and carriers: {@code POST /api/v1/intake/shops/{shop}} (Shopify, WooCommerce or the generic
 * format, as the shop is configured) and {@code POST /api/v1/intake/tracking/{source}} (AfterShip, Qapla' or generic).
 * Each call is checked the way its platform signs (Shopify and WooCommerce: Base64 HMAC-SHA256 of the raw body;
 * AfterShip the same in {@code aftership-hmac-sha256}; the generic format our timestamped signature; Qapla', which
 * cannot sign, our shared token), then stored raw before anything is read — deduplicated by the platform's delivery
 * id or the body's hash — and only then applied. What cannot be applied stays a dead letter with the field named;
 * a tracking event for a parcel the shop has not reported yet is retried by itself once the parcel arrives.
 */
@Component
public class CommerceIntake implements InboundHandler {

    static final String SHOP = "shop:";
    static final String TRACKING = "tracking:";

    private final Intake intake;
    private final ShopConnections connections;
    private final CommerceFormats formats;
    private final CommerceFeed feed;
    private final Clock clock;

    CommerceIntake(Intake intake, ShopConnections connections, CommerceFormats formats, CommerceFeed feed, Clock clock) {
        this.intake = intake;
        this.connections = connections;
        this.formats = formats;
        this.feed = feed;
        this.clock = clock;
    }

    /** The headers a call came with, by lower-case name. */
    record Call(Map<String, String> headers, String token, byte[] body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A shop's call as it came: its headers (any case) and raw body; what the demo shop and tests post in-process. */
    public Receipt receiveShop(String name, Map<String, String> headers, byte[] body) {
        return receiveShop(name, new Call(lowerCase(headers), null, body));
    }

    /**
     * An order event in the generic format from an authenticated administrator's integration: no signature to check,
     * otherwise the same way (stored raw, deduplicated by its {@code eventId} or body, applied).
     */
    Receipt receiveAuthenticated(String name, byte[] body) {
        String event = formats.eventIdIn(body);
        String key = SHOP + name + ":" + (event != null ? event : "order:sha256:" + EmailIntake.sha256(body));
        return intake.receive(new Inbound(null, SHOP + name + "/order", key, null, null,
                "order " + ChannelMessage.firstWords(new String(body, StandardCharsets.UTF_8)), body, false));
    }

    /** A tracking platform's call as it came. */
    public Receipt receiveTracking(String name, Map<String, String> headers, byte[] body) {
        return receiveTracking(name, new Call(lowerCase(headers), null, body));
    }

    private static Map<String, String> lowerCase(Map<String, String> headers) {
        Map<String, String> out = new java.util.HashMap<>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }

    /**
     * WooCommerce's ping when a webhook is saved: unsigned, form-encoded {@code webhook_id=N}, and the webhook only
     * becomes active if it gets a 200. Nothing is stored.
     */
    boolean isWooCommercePing(String name, Call call) {
        ShopConnections.Shop shop = connections.shop(name);
        return shop != null && shop.platform() == ShopConnections.Platform.WOOCOMMERCE
                && call.header("X-WC-Webhook-Signature") == null
                && new String(call.body(), StandardCharsets.UTF_8).strip().matches("webhook_id=\\d+");
    }

    /** Checks the shop's signature, stores the event raw and applies it. */
    Receipt receiveShop(String name, Call call) {
        ShopConnections.Shop shop = connections.shop(name);
        if (shop == null || shop.secret() == null || shop.secret().isBlank()) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.UNKNOWN_SOURCE, "No shop named " + name);
        }
        String topic;
        String delivery;
        switch (shop.platform()) {
            case SHOPIFY -> {
                requireBase64Hmac(shop.secret(), call.body(), call.header("X-Shopify-Hmac-Sha256"), "X-Shopify-Hmac-Sha256");
                topic = call.header("X-Shopify-Topic");
                // the webhook id names one delivery; the event id is shared by the topics one change triggers
                delivery = call.header("X-Shopify-Webhook-Id") != null ? call.header("X-Shopify-Webhook-Id")
                        : call.header("X-Shopify-Event-Id") == null ? null : call.header("X-Shopify-Event-Id") + ":" + topic;
            }
            case WOOCOMMERCE -> {
                requireBase64Hmac(shop.secret(), call.body(), call.header("X-WC-Webhook-Signature"), "X-WC-Webhook-Signature");
                topic = call.header("X-WC-Webhook-Topic");
                delivery = null; // WooCommerce gives each retry a new delivery id: the body itself says whether it is new
            }
            default -> {
                requireTimestamped(shop.secret(), call);
                topic = "order";
                delivery = formats.eventIdIn(call.body());
            }
        }
        String source = SHOP + name + "/" + (topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT));
        String key = SHOP + name + ":" + (delivery != null ? delivery : (topic == null ? "" : topic) + ":sha256:"
                + EmailIntake.sha256(call.body()));
        return intake.receive(new Inbound(null, source, key, null, null,
                (topic == null ? "" : topic + " ") + ChannelMessage.firstWords(new String(call.body(), StandardCharsets.UTF_8)),
                call.body(), false));
    }

    /** Checks the platform's signature or token, stores the event raw and applies it. */
    Receipt receiveTracking(String name, Call call) {
        ShopConnections.TrackingSource source = connections.tracking().get(name);
        if (source == null || source.secret() == null || source.secret().isBlank()) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.UNKNOWN_SOURCE, "No tracking source named " + name);
        }
        switch (source.platform()) {
            case AFTERSHIP -> requireBase64Hmac(source.secret(), call.body(),
                    first(call.header("aftership-hmac-sha256"), call.header("am-webhook-signature")), "aftership-hmac-sha256");
            case QAPLA -> {
                String token = first(call.header("X-Sportello-Token"), call.token());
                if (token == null || !MessageDigest.isEqual(token.strip().getBytes(StandardCharsets.UTF_8),
                        source.secret().getBytes(StandardCharsets.UTF_8))) {
                    throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.BAD_SIGNATURE,
                            "The X-Sportello-Token header (or token parameter) is not this source's secret", "X-Sportello-Token");
                }
            }
            default -> requireTimestamped(source.secret(), call);
        }
        String code = null;
        try {
            TrackingUpdate peek = formats.readTracking(source.platform(), name, call.body());
            code = peek.trackingCode().strip().toUpperCase(Locale.ROOT);
        } catch (RuntimeException unreadable) {
            // stored all the same: processing will name the field
        }
        String event = formats.eventIdIn(call.body());
        String key = TRACKING + name + ":" + (event != null ? event : "sha256:" + EmailIntake.sha256(call.body()));
        // the summary names the parcel, not the body's first words (Qapla' puts its API key first)
        return intake.receive(new Inbound(null, TRACKING + name, key, code, null,
                code != null ? "parcel " + code : "tracking event", call.body(), false));
    }

    @Override
    public boolean handles(String source) {
        return source.startsWith(SHOP) || source.startsWith(TRACKING);
    }

    @Override
    public Outcome handle(InboundMessage m) {
        try {
            if (m.getSource().startsWith(SHOP)) {
                String rest = m.getSource().substring(SHOP.length());
                int slash = rest.indexOf('/');
                String name = slash < 0 ? rest : rest.substring(0, slash);
                String topic = slash < 0 || slash == rest.length() - 1 ? null : rest.substring(slash + 1);
                ShopConnections.Shop shop = connections.shop(name);
                if (shop == null) {
                    throw new UnprocessableMessageException("source: the shop " + name + " is no longer configured");
                }
                OrderSnapshot snapshot = formats.readOrder(shop.platform(), name, topic, "inbound-" + m.getId(), m.rawPayload());
                if (snapshot == null) {
                    return Outcome.ignored("topic " + topic + " is not followed");
                }
                feed.apply(snapshot);
                return Outcome.onTicket(null);
            }
            String name = m.getSource().substring(TRACKING.length());
            ShopConnections.TrackingSource source = connections.tracking().get(name);
            if (source == null) {
                throw new UnprocessableMessageException("source: the tracking source " + name + " is no longer configured");
            }
            TrackingUpdate update = formats.readTracking(source.platform(), name, m.rawPayload());
            if (update == null) {
                return Outcome.ignored("a return shipment: the customer's own parcel back to the shop is not watched");
            }
            feed.apply(update);
            return Outcome.onTicket(null);
        } catch (UnreadableCommerceEventException e) {
            throw new UnprocessableMessageException(e.getMessage());
        }
    }

    /** A parcel the desk did not know arrived: tracking events that came before it are applied now. */
    @ApplicationModuleListener
    public void onShipment(ShipmentUpdated updated) {
        if (updated.previousStatus() != null) {
            return;
        }
        feed.trackingCodeOf(updated.shipmentId()).ifPresent(code -> intake.retryWaiting(TRACKING,
                code.strip().toUpperCase(Locale.ROOT)));
    }

    private static void requireBase64Hmac(String secret, byte[] body, String header, String field) {
        if (header == null) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.BAD_SIGNATURE, "The " + field + " header is missing",
                    field);
        }
        byte[] expected = base64Hmac(secret, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.BAD_SIGNATURE,
                    "The " + field + " header does not match the body", field);
        }
    }

    /** Base64 HMAC-SHA256 of the raw body: how Shopify, WooCommerce and AfterShip sign (and the demo shop). */
    public static String base64Hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireTimestamped(String secret, Call call) {
        String timestamp = call.header("X-Sportello-Timestamp");
        if (timestamp == null || !Signatures.matches(secret, Signatures.timestamped(timestamp, call.body()),
                call.header("X-Sportello-Signature"))) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.BAD_SIGNATURE,
                    "The signature does not match the body and timestamp", "X-Sportello-Signature");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.STALE_TIMESTAMP, "The timestamp is not a number of seconds");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(Duration.ofMinutes(5)) > 0) {
            throw new WebhookIntake.RefusedException(WebhookIntake.Refusal.STALE_TIMESTAMP,
                    "The timestamp is more than 5 minutes away from now: refused as a possible replay");
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
