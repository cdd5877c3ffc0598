package io.sportello.proactive;

import io.sportello.shared.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One notice the parcel watch decided to give, with what became of it: queued for sending at {@code sendAt} (later
 * than the decision in quiet hours), or skipped and why. Unique per parcel and notice, so a job that runs again
 * never tells the customer twice.
 */
@Entity
@Table(name = "parcel_notification")
public class ParcelNotification {

    public enum Status { QUEUED, DEFERRED, SKIPPED_CAP, SKIPPED_NO_CHANNEL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcel_notification_seq")
    @SequenceGenerator(name = "parcel_notification_seq", sequenceName = "parcel_notification_seq", allocationSize = 50)
    private Long id;
    private Long shipmentId;
    private Long orderId;
    private String orderNumber;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private Notice notice;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String language;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant decidedAt;
    private Instant sendAt;

    protected ParcelNotification() {
    }

    ParcelNotification(Long shipmentId, Long orderId, String orderNumber, Long customerId, Notice notice, Channel channel,
                       String recipient, String language, String subject, String body, Status status, Instant decidedAt,
                       Instant sendAt) {
        this.shipmentId = shipmentId;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.notice = notice;
        this.channel = channel;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.decidedAt = decidedAt;
        this.sendAt = sendAt;
    }

    public boolean isSent() {
        return status == Status.QUEUED || status == Status.DEFERRED;
    }

    public Long getId() {
        return id;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Notice getNotice() {
        return notice;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getSendAt() {
        return sendAt;
    }
}
