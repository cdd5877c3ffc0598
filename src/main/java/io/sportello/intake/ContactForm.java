package io.sportello.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sportello.shared.FieldException;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The public contact form: structured fields (name, e-mail, optional order number, topic, message, files) so the desk
 * gets usable data. Protected by a honeypot field (filled in only by bots: kept, answered as if accepted, never a
 * ticket) and by a limit of submissions per e-mail address and per network address within a window.
 */
@Component
public class ContactForm implements InboundHandler {

    static final String SOURCE = "form";

    private final Intake intake;
    private final TicketDesk desk;
    private final AttachmentPolicy attachments;
    private final Outbox outbox;
    private final IntakeProperties.Form limits;
    private final ObjectMapper json;

    ContactForm(Intake intake, TicketDesk desk, AttachmentPolicy attachments, Outbox outbox, IntakeProperties properties,
                ObjectMapper json) {
        this.intake = intake;
        this.desk = desk;
        this.attachments = attachments;
        this.outbox = outbox;
        this.limits = properties.form();
        this.json = json;
    }

    /** A file picked in the form. */
    public record File(String name, byte[] content) {
    }

    /** What the visitor typed; {@code website} is the honeypot that people never see. */
    public record Submission(String name, String email, String orderNumber, Category topic, String message,
                             List<File> files, String website, String language) {
    }

    /** The answer shown to the visitor; {@code ticketNumber} is null when the submission was not turned into a ticket. */
    public record Result(String ticketNumber, boolean accepted) {
    }

    /** Too many submissions from one address: try later. */
    public static class TooManyRequestsException extends RuntimeException {
        TooManyRequestsException(String message) {
            super(message);
        }
    }

    /**
     * Checks and stores a submission, then opens its ticket. Field errors are {@link FieldException}s naming the
     * field; nothing is stored for them (the visitor still has the text in the form).
     */
    public Result submit(Submission s, String clientAddress) {
        String email = s.email() == null ? "" : s.email().strip().toLowerCase(Locale.ROOT);
        byte[] payload = payload(s, email);
        String key = SOURCE + ":" + UUID.randomUUID();
        if (s.website() != null && !s.website().isBlank()) {
            intake.keepIgnored(new Inbound(Channel.WEB_FORM, SOURCE, key, email, clientAddress, "honeypot", payload, false),
                    "Honeypot field filled in: automated submission");
            return new Result(null, true);
        }
        validate(s, email);
        // per address, and four times as many per network address (offices and mobile carriers share addresses)
        if (intake.countRecentBySender(SOURCE, email, limits.window()) >= limits.maxPerHour()
                || intake.countRecentByClient(SOURCE, clientAddress, limits.window()) >= 4L * limits.maxPerHour()) {
            throw new TooManyRequestsException("More than " + limits.maxPerHour() + " requests from this address within "
                    + limits.window().toMinutes() + " minutes");
        }
        Receipt receipt = intake.receive(new Inbound(Channel.WEB_FORM, SOURCE, key, email, clientAddress,
                ChannelMessage.firstWords(s.message()), payload, false));
        return new Result(receipt.ticketNumber(), receipt.status() == InboundStatus.PROCESSED);
    }

    /** At most this many files per form, each at most {@link #MAX_FILE_BYTES}, together at most {@link #MAX_TOTAL_BYTES}. */
    public static final int MAX_FILES = 5;
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 25L * 1024 * 1024;
    /** Longest texts the form takes (a longer name or message is refused, not cut). */
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_ORDER_NUMBER = 64;
    public static final int MAX_MESSAGE = 20_000;

    private static void validate(Submission s, String email) {
        if (s.name() == null || s.name().isBlank()) {
            throw new FieldException("name", "Please tell us your name");
        }
        if (s.name().length() > MAX_NAME) {
            throw new FieldException("name", "The name is longer than " + MAX_NAME + " characters");
        }
        if (email.length() > MAX_EMAIL) {
            throw new FieldException("email", "Please enter a valid e-mail address");
        }
        if (s.orderNumber() != null && s.orderNumber().length() > MAX_ORDER_NUMBER) {
            throw new FieldException("orderNumber", "The order number is longer than " + MAX_ORDER_NUMBER + " characters");
        }
        if (s.message() != null && s.message().length() > MAX_MESSAGE) {
            throw new FieldException("messageLength", "The message is longer than " + MAX_MESSAGE + " characters");
        }
        List<File> files = s.files() == null ? List.of() : s.files();
        long total = files.stream().mapToLong(f -> f.content().length).sum();
        if (files.size() > MAX_FILES || total > MAX_TOTAL_BYTES
                || files.stream().anyMatch(f -> f.content().length > MAX_FILE_BYTES)) {
            throw new FieldException("files", "At most " + MAX_FILES + " files of at most 10 MB each, 25 MB together");
        }
        try {
            new InternetAddress(email, true).validate();
        } catch (AddressException e) {
            throw new FieldException("email", "Please enter a valid e-mail address");
        }
        if (s.topic() == null) {
            throw new FieldException("topic", "Please choose a topic");
        }
        if (s.message() == null || s.message().strip().length() < 10) {
            throw new FieldException("message", "Please describe your request in a few words");
        }
    }

    private byte[] payload(Submission s, String email) {
        ObjectNode node = json.createObjectNode();
        node.put("name", s.name());
        node.put("email", email);
        node.put("orderNumber", s.orderNumber());
        node.put("topic", s.topic() == null ? null : s.topic().name());
        node.put("message", s.message());
        node.put("language", s.language());
        ArrayNode files = node.putArray("files");
        for (File f : s.files() == null ? List.<File>of() : s.files()) {
            files.addObject().put("name", f.name()).put("content", Base64.getEncoder().encodeToString(f.content()));
        }
        return node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public boolean handles(String source) {
        return SOURCE.equals(source);
    }

    @Override
    public Outcome handle(InboundMessage m) {
        JsonNode node;
        try {
            node = json.readTree(m.rawPayload());
        } catch (IOException e) {
            throw new UnprocessableMessageException("Not JSON: " + e.getMessage());
        }
        List<ParsedEmail.RawAttachment> files = new ArrayList<>();
        for (JsonNode f : node.path("files")) {
            files.add(new ParsedEmail.RawAttachment(f.path("name").asText("file"), Base64.getDecoder().decode(f.path("content").asText(""))));
        }
        AttachmentPolicy.Checked checked = attachments.check(files);
        String message = node.path("message").asText();
        String order = node.path("orderNumber").asText(null);
        var opened = desk.open(new OpenTicket(Channel.WEB_FORM, node.path("email").asText(), node.path("name").asText(),
                ChannelMessage.firstWords(message), message, Category.valueOf(node.path("topic").asText("OTHER")),
                order == null || order.isBlank() ? null : order.strip(), node.path("language").asText(null), null,
                "inbound-" + m.getId(), null, null, checked.accepted()), Actor.system());
        if (opened.created()) {
            outbox.acknowledge(opened.ticket(), null);
        }
        if (!checked.refused().isEmpty()) {
            desk.attachmentsRefused(opened.ticket().getNumber(), checked.refused(), m.getId());
        }
        return Outcome.onTicket(opened.ticket().getNumber());
    }
}
