package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.sportello.SportelloSpringTest;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Channel;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Signed webhooks and the WhatsApp Cloud API adapter, with recorded sample payloads. */
class WebhookIntakeTest extends SportelloSpringTest {

    private static final String SECRET = "test-webhook-secret";
    private static final String APP_SECRET = "test-whatsapp-secret";

    @Autowired
    MockMvc mvc;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;
    @Autowired
    Intake intake;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock desk;

    private ResultActions postSigned(String body, long timestamp, String secret) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(timestamp);
        return mvc.perform(post("/api/v1/intake/webhooks/shop-social").contentType(MediaType.APPLICATION_JSON)
                .header("X-Sportello-Timestamp", ts)
                .header("X-Sportello-Signature", Signatures.sign(secret, Signatures.timestamped(ts, bytes)))
                .content(bytes));
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static String message(String id, String handle, String text) {
        return "{\"id\":\"" + id + "\",\"from\":{\"handle\":\"" + handle + "\",\"name\":\"Giada Romano\"},\"text\":\"" + text
                + "\",\"subject\":\"Messaggio da Instagram\"}";
    }

    @Test
    void aSignedMessageOpensATicketAndTheNextOneContinuesIt() throws Exception {
        String handle = "@giada" + UUID.randomUUID().toString().substring(0, 6);
        String first = json.readTree(postSigned(message("evt-" + UUID.randomUUID(), handle, "Avete la taglia 40?"), now(), SECRET)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PROCESSED"))
                .andReturn().getResponse().getContentAsString()).path("ticketNumber").asText();
        String second = json.readTree(postSigned(message("evt-" + UUID.randomUUID(), handle, "E in blu?"), now(), SECRET)
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString()).path("ticketNumber").asText();

        assertThat(second).isEqualTo(first);
        Ticket ticket = tickets.getByNumber(first);
        assertThat(ticket.getChannel()).isEqualTo(Channel.SOCIAL);
        assertThat(customers.get(ticket.getCustomerId()).getDisplayName()).isEqualTo("Giada Romano");
        assertThat(tickets.messages(ticket.getId())).extracting(TicketMessage::getBodyText)
                .containsExactly("Avete la taglia 40?", "E in blu?");
    }

    @Test
    void aReplayedEventIsRecognisedAndChangesNothing() throws Exception {
        String body = message("evt-" + UUID.randomUUID(), "@replay", "Una volta sola");
        long ts = now();
        String number = json.readTree(postSigned(body, ts, SECRET).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString()).path("ticketNumber").asText();
        postSigned(body, ts, SECRET).andExpect(status().isOk()).andExpect(jsonPath("$.duplicate").value(true));
        assertThat(tickets.messages(tickets.getByNumber(number).getId())).hasSize(1);
    }

    @Test
    void aWrongSignatureIsRefused() throws Exception {
        postSigned(message("evt-x", "@mallory", "ciao"), now(), "not-the-secret")
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("X-Sportello-Signature"));
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        String ts = String.valueOf(now());
        String signed = message("evt-y", "@mallory", "ciao");
        mvc.perform(post("/api/v1/intake/webhooks/shop-social").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Sportello-Timestamp", ts)
                        .header("X-Sportello-Signature", Signatures.sign(SECRET, Signatures.timestamped(ts,
                                signed.getBytes(StandardCharsets.UTF_8))))
                        .content(signed.replace("ciao", "rimborsatemi")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anOldTimestampIsRefusedAsAPossibleReplay() throws Exception {
        long tenMinutesAgo = clock.instant().minus(Duration.ofMinutes(10)).getEpochSecond();
        postSigned(message("evt-old", "@late", "vecchio"), tenMinutesAgo, SECRET)
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.field").value("X-Sportello-Timestamp"))
                .andExpect(jsonPath("$.reason").value("STALE_TIMESTAMP"));
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String huge = message("evt-big", "@big", "x".repeat(1024 * 1024));
        postSigned(huge, now(), SECRET).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void anUnknownSourceIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/intake/webhooks/nobody").contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("X-Sportello-Timestamp", now()).header("X-Sportello-Signature", "sha256=00"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSignedMessageWithoutTextIsKeptAsADeadLetterNamingTheField() throws Exception {
        String id = "evt-" + UUID.randomUUID();
        String body = "{\"id\":\"" + id + "\",\"from\":{\"handle\":\"@vuoto\"}}";
        long inboundId = json.readTree(postSigned(body, now(), SECRET)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("text"))
                .andReturn().getResponse().getContentAsString()).path("inboundId").asLong();
        InboundMessage kept = intake.get(inboundId);
        assertThat(kept.getStatus()).isEqualTo(InboundStatus.FAILED);
        assertThat(kept.payloadText()).isEqualTo(body);
    }

    @Test
    void whatsAppSubscriptionIsVerifiedWithTheToken() throws Exception {
        mvc.perform(get("/api/v1/intake/whatsapp").param("hub.mode", "subscribe")
                        .param("hub.verify_token", "test-verify-token").param("hub.challenge", "1158201444"))
                .andExpect(status().isOk()).andExpect(content().string("1158201444"));
        mvc.perform(get("/api/v1/intake/whatsapp").param("hub.mode", "subscribe")
                        .param("hub.verify_token", "wrong").param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
    }

    private ResultActions postWhatsApp(String resource, String secret) throws Exception {
        byte[] body = getClass().getResourceAsStream("/whatsapp/" + resource).readAllBytes();
        return mvc.perform(post("/api/v1/intake/whatsapp").contentType(MediaType.APPLICATION_JSON)
                .header("X-Hub-Signature-256", Signatures.sign(secret, body)).content(body));
    }

    @Test
    void whatsAppMessagesLandOnOneTicketOfTheSenderAndRepeatsAreDropped() throws Exception {
        postWhatsApp("text-message.json", APP_SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("PROCESSED"));
        postWhatsApp("image-message.json", APP_SECRET).andExpect(status().isOk());
        postWhatsApp("text-message.json", APP_SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].duplicate").value(true));

        Ticket ticket = tickets.findByMessageExternalId("wamid.HBgMMzkzNDcxMjM0NTY3FQIAEhggQTNFQjE3RkY5QjA2QjI5RjY1AA==")
                .orElseThrow();
        assertThat(ticket.getChannel()).isEqualTo(Channel.WHATSAPP);
        assertThat(customers.get(ticket.getCustomerId()).getDisplayName()).isEqualTo("Sofia Esposito");
        assertThat(customers.get(ticket.getCustomerId()).getPhone()).isEqualTo("+393471234567");
        List<TicketMessage> thread = tickets.messages(ticket.getId()).stream()
                .filter(m -> m.getDirection() == io.sportello.ticket.Direction.INBOUND).toList();
        assertThat(thread).extracting(TicketMessage::getBodyText).containsExactly(
                "Ciao, il pacco risulta consegnato ma non l'ho ricevuto",
                "[image: La scatola vuota] (media id 1003383421387256)");
        // the assistant answered the first message; a photo is evidence for a person to look at
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> assertThat(e.getReason()).isEqualTo(
                io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.ASSISTANT_HANDED_OVER,
                        io.sportello.ticket.HistoryReason.key("assistant.handover.reason.NEEDS_PERSON"))));
    }

    @Test
    void whatsAppStatusUpdatesAreNotMessagesAndBadSignaturesAreRefused() throws Exception {
        postWhatsApp("status-update.json", APP_SECRET).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        postWhatsApp("text-message.json", "forged").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.field").value("X-Hub-Signature-256"));
    }

    @Test
    void aWhatsAppReplyIsSentInTheCloudApiFormat() throws Exception {
        AtomicReference<String> received = new AtomicReference<>();
        AtomicReference<String> auth = new AtomicReference<>();
        HttpServer graph = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        graph.createContext("/v21.0/100200300/messages", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"393471234567\",\"wa_id\":\"393471234567\"}],\"messages\":[{\"id\":\"wamid.OUT1\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        graph.start();
        try {
            var settings = new IntakeProperties(null, null, null, Map.of(), new IntakeProperties.WhatsApp(APP_SECRET, null,
                    "token-123", "100200300", "http://127.0.0.1:" + graph.getAddress().getPort() + "/v21.0"), null, null, false);
            var sender = new WhatsAppCloudSender(settings, json);
            var delivery = new OutboundDelivery(1L, 2L, Channel.WHATSAPP, OutboundDelivery.Kind.REPLY, "+393471234567",
                    null, "Ciao Sofia, apriamo subito una verifica con il corriere.", "<x@y>", null, null, clock.instant());

            assertThat(sender.send(delivery)).isEqualTo("wamid.OUT1");
            assertThat(auth.get()).isEqualTo("Bearer token-123");
            assertThat(json.readTree(received.get())).isEqualTo(json.readTree(
                    "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"393471234567\",\"type\":\"text\","
                            + "\"text\":{\"preview_url\":false,\"body\":\"Ciao Sofia, apriamo subito una verifica con il corriere.\"}}"));
        } finally {
            graph.stop(0);
        }
    }
}
