package io.sportello.commerce;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shops and tracking platforms that post to the desk ({@code sportello.commerce.shops.<name>},
 * {@code sportello.commerce.tracking.<name>}). Secrets come from the environment; the demo profile sets demo values.
 */
@ConfigurationProperties("sportello.commerce")
public record ShopConnections(Map<String, Shop> shops, Map<String, TrackingSource> tracking) {

    public ShopConnections {
        shops = shops == null ? new LinkedHashMap<>() : shops;
        tracking = tracking == null ? new LinkedHashMap<>() : tracking;
    }

    public enum Platform { SHOPIFY, WOOCOMMERCE, GENERIC }

    public enum TrackingPlatform { AFTERSHIP, QAPLA, GENERIC }

    /**
     * @param displayName     the shop's name as customers know it (in notifications)
     * @param adminOrderUrl   the order in the shop's admin: {@code {id}} is the shop's order id, {@code {number}} its number
     * @param notifications   whether the parcel watch tells this shop's customers about their parcels
     */
    public record Shop(Platform platform, String secret, String displayName, String adminOrderUrl,
                       boolean notifications) {

        public Shop {
            platform = platform != null ? platform : Platform.GENERIC;
        }
    }

    /** A tracking platform; Italian platforms cannot sign, so they send our shared secret (see README). */
    public record TrackingSource(TrackingPlatform platform, String secret) {

        public TrackingSource {
            platform = platform != null ? platform : TrackingPlatform.GENERIC;
        }
    }

    public Shop shop(String name) {
        return name == null ? null : shops.get(name);
    }
}
