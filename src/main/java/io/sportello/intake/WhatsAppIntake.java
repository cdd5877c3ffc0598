package io.sportello.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sportello.shared.Channel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * WhatsApp Cloud API in: checks Meta's {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app secret),
 * then stores every customer message of the notification on its own (deduplicated by its {@code wamid}: Meta
 * redelivers until it gets a 200) and puts it on the customer's ongoing WhatsApp ticket or a new one.
 */
@Component
class WhatsAppIntake implements InboundHandler {

    static final String SOURCE = "whatsapp";

    private final Intake intake;
    private final ChannelMessage channelMessage;
    private final IntakeProperties.WhatsApp settings;
    private final ObjectMapper json;

    WhatsAppIntake(Intake intake, ChannelMessage channelMessage, IntakeProperties properties, ObjectMapper json) {
        this.intake = intake;
        this.channelMessage = channelMessage;
        this.settings = properties.whatsapp();
        this.json = json;
    }

    boolean signatureValid(byte[] body, String signature) {
        return settings.enabled() && Signatures.matches(settings.appSecret(), body, signature);
    }

    boolean verifyTokenMatches(String token) {
        return settings.verifyToken() != null && settings.verifyToken().equals(token);
    }

    /** Stores and processes each message of a signed notification; status updates are not messages and are skipped. */
    List<Receipt> receive(byte[] body) {
        JsonNode notification;
        try {
            notification = json.readTree(body);
        } catch (IOException e) {
            notification = null;
        }
        List<Receipt> receipts = new ArrayList<>();
        List<WhatsAppCloudFormat.InboundText> messages = notification == null ? List.of()
                : WhatsAppCloudFormat.messages(notification, json);
        if (notification == null || (messages.isEmpty() && !notification.toString().contains("\"statuses\""))) {
            // signed but unreadable: kept as a dead letter
            receipts.add(intake.receive(new Inbound(Channel.WHATSAPP, SOURCE, SOURCE + ":sha256:" + EmailIntake.sha256(body),
                    null, null, "unreadable WhatsApp notification", body, false)));
            return receipts;
        }
        for (WhatsAppCloudFormat.InboundText message : messages) {
            String key = SOURCE + ":" + (message.messageId() != null ? message.messageId()
                    : "sha256:" + EmailIntake.sha256(message.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            receipts.add(intake.receive(new Inbound(Channel.WHATSAPP, SOURCE, key, message.from(), null,
                    ChannelMessage.firstWords(message.text()), message.json().getBytes(java.nio.charset.StandardCharsets.UTF_8), false)));
        }
        return receipts;
    }

    @Override
    public boolean handles(String source) {
        return SOURCE.equals(source);
    }

    @Override
    public Outcome handle(InboundMessage m) {
        JsonNode kept;
        try {
            kept = json.readTree(m.rawPayload());
        } catch (IOException e) {
            throw new UnprocessableMessageException("Not JSON: " + e.getMessage());
        }
        JsonNode message = kept.path("message");
        if (message.isMissingNode()) {
            throw new UnprocessableMessageException("entry[].changes[].value.messages: no message in the notification");
        }
        String from = message.path("from").asText(null);
        if (from == null || from.isBlank()) {
            throw new UnprocessableMessageException("messages[].from: required");
        }
        String name = null;
        for (JsonNode contact : kept.path("contacts")) {
            if (contact.path("wa_id").asText("").equals(from)) {
                name = contact.path("profile").path("name").asText(null);
            }
        }
        String number = channelMessage.deliver(new ChannelMessage.Incoming(Channel.WHATSAPP, "+" + from.replaceAll("^\\+", ""),
                name, null, null, WhatsAppCloudFormat.text(message), null, null, message.path("id").asText(null),
                "inbound-" + m.getId()));
        return Outcome.onTicket(number);
    }
}
