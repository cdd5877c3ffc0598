package io.sportello.intake;

import io.sportello.shared.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A message as it came in, before any interpretation: raw payload (MIME source, webhook JSON, form fields),
 * where it came from and the key that makes a repeat recognisable. Never deleted by processing.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage {

    /** How the payload is kept: text as is, binary (MIME with 8-bit parts) in Base64. */
    enum Encoding { TEXT, BASE64 }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_message_seq")
    @SequenceGenerator(name = "inbound_message_seq", sequenceName = "inbound_message_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String source;
    private String dedupeKey;
    private String sender;
    private String clientAddress;
    private String summary;
    private String payload;
    @Enumerated(EnumType.STRING)
    private Encoding payloadEncoding;
    @Enumerated(EnumType.STRING)
    private InboundStatus status;
    private int attempts;
    private String reason;
    private String ticketNumber;
    private Instant receivedAt;
    private Instant processedAt;

    protected InboundMessage() {
    }

    InboundMessage(Channel channel, String source, String dedupeKey, String sender, String clientAddress,
                   String summary, byte[] rawPayload, boolean binary, Instant receivedAt) {
        this.channel = channel;
        this.source = source;
        this.dedupeKey = dedupeKey;
        this.sender = truncate(sender, 320);
        this.clientAddress = truncate(clientAddress, 64);
        this.summary = truncate(summary, 300);
        this.payloadEncoding = binary ? Encoding.BASE64 : Encoding.TEXT;
        this.payload = binary ? Base64.getEncoder().encodeToString(rawPayload) : new String(rawPayload, StandardCharsets.UTF_8);
        this.status = InboundStatus.RECEIVED;
        this.receivedAt = receivedAt;
    }

    void processed(String ticketNumber, Instant at) {
        this.status = InboundStatus.PROCESSED;
        this.ticketNumber = ticketNumber;
        this.reason = null;
        this.processedAt = at;
        this.attempts++;
    }

    void ignored(String reason, Instant at) {
        this.status = InboundStatus.IGNORED;
        this.reason = truncate(reason, 2000);
        this.processedAt = at;
        this.attempts++;
    }

    /** A failure that may pass (a lock held by another node): stays received for the background sweep to try again. */
    void tryAgainLater(String reason) {
        this.reason = truncate(reason, 2000);
        this.attempts++;
    }

    int attempts() {
        return attempts;
    }

    void failed(String reason, Instant at) {
        this.status = InboundStatus.FAILED;
        this.reason = truncate(reason, 2000);
        this.processedAt = at;
        this.attempts++;
    }

    public byte[] rawPayload() {
        return payloadEncoding == Encoding.BASE64 ? Base64.getDecoder().decode(payload)
                : payload.getBytes(StandardCharsets.UTF_8);
    }

    /** The payload as text, for people to read (MIME source or JSON). */
    public String payloadText() {
        return new String(rawPayload(), StandardCharsets.UTF_8);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSource() {
        return source;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getSender() {
        return sender;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getSummary() {
        return summary;
    }

    public InboundStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getReason() {
        return reason;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
