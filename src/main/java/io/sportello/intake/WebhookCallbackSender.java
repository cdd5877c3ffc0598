package io.sportello.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sportello.shared.Channel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Replies to customers who wrote through the generic webhook: posted as JSON to the source's {@code callback-url},
 * signed like inbound calls ({@code X-Sportello-Timestamp}, {@code X-Sportello-Signature}), with the delivery id as
 * {@code id} so that the receiver can drop repeats.
 */
@Component
class WebhookCallbackSender implements ChannelSender {

    private final IntakeProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WebhookCallbackSender(IntakeProperties properties, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean sends(Channel channel) {
        return channel == Channel.SOCIAL;
    }

    @Override
    public String send(OutboundDelivery d) throws Exception {
        int colon = d.getRecipient().indexOf(':');
        String source = colon > 0 ? d.getRecipient().substring(0, colon) : d.getRecipient();
        IntakeProperties.WebhookSource config = properties.webhooks().get(source);
        if (config == null || config.callbackUrl() == null || config.callbackUrl().isBlank()) {
            throw new IllegalStateException("Webhook source " + source + " has no callback-url: replies cannot be delivered");
        }
        ObjectNode body = json.createObjectNode();
        body.put("id", "sportello-" + d.getId());
        body.put("to", d.getRecipient().substring(colon + 1));
        body.put("text", d.deliverableText());
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.callbackUrl())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Sportello-Timestamp", timestamp)
                .header("X-Sportello-Signature", Signatures.sign(config.secret(), Signatures.timestamped(timestamp, bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(source + " answered " + response.statusCode());
        }
        return "sportello-" + d.getId();
    }
}
