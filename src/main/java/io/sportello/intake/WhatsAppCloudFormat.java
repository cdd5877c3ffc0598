package io.sportello.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The WhatsApp Cloud API message format: reading the {@code messages} webhook (one notification may carry several
 * messages and status updates) and building the request that sends a text reply.
 */
final class WhatsAppCloudFormat {

    private WhatsAppCloudFormat() {
    }

    /** One customer message of a notification, with the sender's profile name and its own JSON. */
    record InboundText(String messageId, String from, String profileName, long timestamp, String type, String text,
                       String json) {
    }

    static List<InboundText> messages(JsonNode notification, ObjectMapper json) {
        List<InboundText> found = new ArrayList<>();
        for (JsonNode entry : notification.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                for (JsonNode message : value.path("messages")) {
                    String from = message.path("from").asText(null);
                    String name = null;
                    for (JsonNode contact : value.path("contacts")) {
                        if (contact.path("wa_id").asText("").equals(from)) {
                            name = contact.path("profile").path("name").asText(null);
                        }
                    }
                    ObjectNode kept = json.createObjectNode();
                    kept.set("contacts", value.path("contacts"));
                    kept.set("message", message);
                    found.add(new InboundText(message.path("id").asText(null), from, name,
                            message.path("timestamp").asLong(0), message.path("type").asText("unknown"),
                            text(message), kept.toString()));
                }
            }
        }
        return found;
    }

    /** The readable text of a message: its body, a caption, or what kind of content it was. */
    static String text(JsonNode message) {
        String type = message.path("type").asText("");
        return switch (type) {
            case "text" -> message.path("text").path("body").asText("");
            case "button" -> message.path("button").path("text").asText("");
            case "interactive" -> message.path("interactive").path("button_reply").path("title")
                    .asText(message.path("interactive").path("list_reply").path("title").asText(""));
            case "image", "video", "document", "audio", "sticker" -> {
                JsonNode media = message.path(type);
                String caption = media.path("caption").asText(media.path("filename").asText(""));
                yield "[" + type + (caption.isBlank() ? "" : ": " + caption) + "] (media id " + media.path("id").asText("?") + ")";
            }
            case "location" -> "[location] " + message.path("location").path("latitude").asText() + ", "
                    + message.path("location").path("longitude").asText();
            default -> "[" + type + "]";
        };
    }

    /** The body of {@code POST /{phone-number-id}/messages} that sends a text reply. */
    static String textReply(ObjectMapper json, String to, String body) {
        ObjectNode request = json.createObjectNode();
        request.put("messaging_product", "whatsapp");
        request.put("recipient_type", "individual");
        request.put("to", to);
        request.put("type", "text");
        ObjectNode text = request.putObject("text");
        text.put("preview_url", false);
        text.put("body", body);
        return request.toString();
    }

    /** The WhatsApp message id from the answer to a send request. */
    static String sentMessageId(JsonNode response) {
        JsonNode messages = response.path("messages");
        return messages.isArray() && !messages.isEmpty() ? messages.get(0).path("id").asText(null) : null;
    }
}
