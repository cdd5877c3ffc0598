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
import java.time.Instant;

/**
 * One message to send to a customer (a reply, an acknowledgement, a survey, a sign-in link), written in the same
 * transaction as what caused it and sent after that transaction commits. Its {@code internetMessageId} is fixed when
 * it is queued, so even a send repeated after a crash carries the same id and mail clients show it once.
 */
@Entity
@Table(name = "outbound_delivery")
public class OutboundDelivery {

    public enum Kind { REPLY, ACKNOWLEDGEMENT, SURVEY, SIGN_IN_LINK, CHAT_CODE, CHAT_TRANSCRIPT, ACCOUNT_NOTICE, PARCEL_NOTICE, STAFF_INVITATION }

    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_delivery_seq")
    @SequenceGenerator(name = "outbound_delivery_seq", sequenceName = "outbound_delivery_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;
    private Long ticketId;
    private Long messageId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String recipient;
    private String subject;
    /** What is kept of the text: a secret link in it only as {@code …/portal/survey/…} (see {@link #secretLink}). */
    private String body;
    /** The survey or sign-in link (or the chat code) the mail carries, kept only until the mail has been sent. */
    private String secretLink;
    private String internetMessageId;
    private String inReplyTo;
    private String refs;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private String lastError;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant sentAt;
    private String providerId;
    /** The parcel notice this delivery carries (one delivery per notice). */
    private Long notificationId;

    protected OutboundDelivery() {
    }

    OutboundDelivery(Long ticketId, Long messageId, Channel channel, Kind kind, String recipient, String subject,
                     String body, String internetMessageId, String inReplyTo, String refs, Instant now) {
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.channel = channel;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.internetMessageId = internetMessageId;
        this.inReplyTo = inReplyTo;
        this.refs = refs != null && refs.length() > 4000 ? refs.substring(refs.length() - 4000) : refs;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A parcel notice, sent no earlier than {@code notBefore} (the end of quiet hours). */
    OutboundDelivery forNotice(Long notificationId, java.time.Instant notBefore) {
        this.notificationId = notificationId;
        if (notBefore != null && notBefore.isAfter(this.nextAttemptAt)) {
            this.nextAttemptAt = notBefore;
        }
        return this;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    /**
     * Keeps a secret (a survey or sign-in link, a chat code) out of the stored text — shown there as
     * {@link Outbox#masked} — and apart from it only until the mail is sent.
     */
    OutboundDelivery withSecret(String secret) {
        if (secret != null) {
            this.secretLink = secret;
            this.body = body.replace(secret, Outbox.masked(secret));
        }
        return this;
    }

    boolean isDue(Instant now) {
        return (status == Status.PENDING || status == Status.SENDING) && !nextAttemptAt.isAfter(now);
    }

    /** Taken by one sender; the lease lets another node take over if this one dies while sending. */
    void startAttempt(Instant leaseUntil) {
        status = Status.SENDING;
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    void sent(String providerId, Instant at) {
        status = Status.SENT;
        sentAt = at;
        secretLink = null;
        if (kind == Kind.SURVEY || kind == Kind.SIGN_IN_LINK) {
            // also for mails queued before links were kept apart: what stays of a sent link must not work
            body = Outbox.withoutSecretLinks(body);
        }
        this.providerId = providerId;
        lastError = null;
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up when null. */
    void attemptFailed(String error, Instant retryAt) {
        lastError = error != null && error.length() > 2000 ? error.substring(0, 2000) : error;
        if (retryAt == null) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    /** An agent asks to try a failed delivery again. */
    void retry(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getMessageId() {
        return messageId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Kind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The text as kept: once sent, a survey or sign-in link no longer works from it. */
    public String getBody() {
        return body;
    }

    /** The text to send: with the secret link in full while the mail is still to be sent. */
    public String deliverableText() {
        return secretLink == null ? body : body.replace(Outbox.masked(secretLink), secretLink);
    }

    public String getInternetMessageId() {
        return internetMessageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getRefs() {
        return refs;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getProviderId() {
        return providerId;
    }
}
