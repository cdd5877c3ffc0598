package io.sportello.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * DEMO ONLY. Stands in for the WhatsApp Cloud API and for a social network's callback endpoint, which a demo machine
 * cannot reach: replies the desk sends on those channels land here and can be read at {@code GET /api/v1/demo/sandbox}.
 * It answers like the real services do (a message id), so the desk's adapters run unchanged.
 */
@RestController
@Profile("demo")
@RequestMapping("/api/v1/demo/sandbox")
class ChannelSandbox {

    private final List<Map<String, Object>> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong ids = new AtomicLong();
    private final ObjectMapper json;
    private final Clock clock;
    private final String accessToken;

    ChannelSandbox(ObjectMapper json, Clock clock, @Value("${sportello.intake.whatsapp.access-token:}") String accessToken) {
        this.json = json;
        this.clock = clock;
        this.accessToken = accessToken;
    }

    @PostMapping("/whatsapp/{phoneNumberId}/messages")
    ResponseEntity<Map<String, Object>> whatsApp(@PathVariable String phoneNumberId,
                                                 @RequestHeader(name = "Authorization", required = false) String authorization,
                                                 @RequestBody byte[] body) throws IOException {
        if (!("Bearer " + accessToken).equals(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", Map.of("message", "Invalid OAuth access token")));
        }
        JsonNode request = json.readTree(body);
        String id = "wamid.demo-" + ids.incrementAndGet();
        received.add(Map.of("channel", "WHATSAPP", "at", Instant.now(clock).toString(), "to", request.path("to").asText(),
                "text", request.path("text").path("body").asText(), "id", id));
        return ResponseEntity.ok(Map.of("messaging_product", "whatsapp",
                "contacts", List.of(Map.of("input", request.path("to").asText(), "wa_id", request.path("to").asText())),
                "messages", List.of(Map.of("id", id))));
    }

    @PostMapping("/social")
    ResponseEntity<Void> social(@RequestBody byte[] body) throws IOException {
        JsonNode reply = json.readTree(body);
        received.add(Map.of("channel", "SOCIAL", "at", Instant.now(clock).toString(), "to", reply.path("to").asText(),
                "text", reply.path("text").asText(), "id", reply.path("id").asText()));
        return ResponseEntity.ok().build();
    }

    /** What the desk sent on WhatsApp and social channels, newest last. */
    @GetMapping
    List<Map<String, Object>> sent() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }
}
