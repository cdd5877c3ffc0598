package io.sportello.commerce;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tracking page templates per carrier; {@code {code}} is replaced by the tracking code.
 * Configured under {@code sportello.commerce.tracking-urls}.
 */
@ConfigurationProperties("sportello.commerce")
public record CarrierLinks(Map<String, String> trackingUrls) {

    public CarrierLinks {
        trackingUrls = trackingUrls == null ? Map.of() : Map.copyOf(trackingUrls);
    }

    String link(String carrier, String code) {
        if (carrier == null || code == null) {
            return null;
        }
        String template = trackingUrls.get(Carriers.key(carrier));
        if (template == null) {
            template = trackingUrls.get(carrier.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        }
        return template == null ? null : template.replace("{code}", URLEncoder.encode(code, StandardCharsets.UTF_8));
    }
}
