package io.sportello.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sportello.shared.Channel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * WhatsApp Cloud API out: a text message to the customer's WhatsApp number through
 * {@code POST {api-url}/{phone-number-id}/messages}. Free-form text is accepted by WhatsApp within 24 hours of the
 * customer's last message; outside that window WhatsApp refuses it and the refusal shows on the ticket.
 */
@Component
class WhatsAppCloudSender implements ChannelSender {

    private final IntakeProperties.WhatsApp settings;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WhatsAppCloudSender(IntakeProperties properties, ObjectMapper json) {
        this.settings = properties.whatsapp();
        this.json = json;
    }

    @Override
    public boolean sends(Channel channel) {
        return channel == Channel.WHATSAPP;
    }

    @Override
    public String send(OutboundDelivery d) throws Exception {
        if (settings.accessToken() == null || settings.phoneNumberId() == null) {
            throw new IllegalStateException("WhatsApp sending is not configured (access token, phone number id)");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/" + settings.phoneNumberId() + "/messages"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + settings.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(WhatsAppCloudFormat.textReply(json,
                        d.getRecipient().replaceAll("^\\+", ""), d.deliverableText())))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("WhatsApp answered " + response.statusCode() + ": " + response.body());
        }
        return WhatsAppCloudFormat.sentMessageId(json.readTree(response.body()));
    }
}
