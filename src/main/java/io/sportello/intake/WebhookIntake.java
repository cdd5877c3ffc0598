package io.sportello.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The generic inbound webhook for social networks, marketplaces and anything else that can post JSON:
 * {@code POST /api/v1/intake/webhooks/{source}} signed with the source's secret. Format (see README):
 * <pre>{"id": "evt-1", "from": {"handle": "@giulia", "name": "Giulia"}, "text": "…",
 *  "subject": "…", "ticketNumber": "SP-000123", "orderNumber": "ORD-…", "language": "it"}</pre>
 * {@code id}, {@code from.handle} and {@code text} are required.
 */
@Component
class WebhookIntake implements InboundHandler {

    static final String PREFIX = "webhook:";

    private final Intake intake;
    private final ChannelMessage channelMessage;
    private final IntakeProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookIntake(Intake intake, ChannelMessage channelMessage, IntakeProperties properties, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.channelMessage = channelMessage;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** Why a webhook call was refused before anything was stored. */
    enum Refusal { UNKNOWN_SOURCE, BAD_SIGNATURE, STALE_TIMESTAMP }

    static final class RefusedException extends RuntimeException {
        final Refusal refusal;
        /** The header or parameter at fault, when the caller knows it. */
        final String field;

        RefusedException(Refusal refusal, String message) {
            this(refusal, message, null);
        }

        RefusedException(Refusal refusal, String message, String field) {
            super(message);
            this.refusal = refusal;
            this.field = field;
        }
    }

    /**
     * Checks signature and timestamp (replay protection: older or newer than the tolerance is refused, a repeated
     * event id within it is recognised as a duplicate), then stores and processes the message.
     */
    Receipt receive(String source, String timestamp, String signature, byte[] body) {
        IntakeProperties.WebhookSource config = properties.webhooks().get(source);
        if (config == null || config.secret() == null || config.secret().isBlank()) {
            throw new RefusedException(Refusal.UNKNOWN_SOURCE, "No webhook source named " + source);
        }
        if (timestamp == null || !Signatures.matches(config.secret(), Signatures.timestamped(timestamp, body), signature)) {
            throw new RefusedException(Refusal.BAD_SIGNATURE, "The signature does not match the body and timestamp");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            throw new RefusedException(Refusal.STALE_TIMESTAMP, "The timestamp is not a number of seconds");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(config.tolerance()) > 0) {
            throw new RefusedException(Refusal.STALE_TIMESTAMP, "The timestamp is more than " + config.tolerance().toMinutes()
                    + " minutes away from now: refused as a possible replay");
        }
        JsonNode node = readOrNull(body);
        String id = node == null ? null : text(node, "id");
        String handle = node == null ? null : text(node.path("from"), "handle");
        String key = PREFIX + source + ":" + (id != null ? id : "sha256:" + EmailIntake.sha256(body));
        return intake.receive(new io.sportello.intake.Inbound(config.channel(), PREFIX + source, key, handle, null,
                node == null ? null : ChannelMessage.firstWords(text(node, "text")), body, false));
    }

    @Override
    public boolean handles(String source) {
        return source.startsWith(PREFIX);
    }

    @Override
    public Outcome handle(InboundMessage m) {
        JsonNode node = readOrNull(m.rawPayload());
        if (node == null || !node.isObject()) {
            throw new UnprocessableMessageException("body: not a JSON object");
        }
        String id = text(node, "id");
        String handle = text(node.path("from"), "handle");
        String body = text(node, "text");
        if (id == null) {
            throw new UnprocessableMessageException("id: required");
        }
        if (handle == null) {
            throw new UnprocessableMessageException("from.handle: required");
        }
        if (body == null) {
            throw new UnprocessableMessageException("text: required");
        }
        String source = m.getSource().substring(PREFIX.length());
        String number = channelMessage.deliver(new ChannelMessage.Incoming(m.getChannel(), source + ":" + handle,
                text(node.path("from"), "name"), text(node, "ticketNumber"), text(node, "subject"), body,
                text(node, "orderNumber"), text(node, "language"), source + ":" + id, "inbound-" + m.getId()));
        return Outcome.onTicket(number);
    }

    private JsonNode readOrNull(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
