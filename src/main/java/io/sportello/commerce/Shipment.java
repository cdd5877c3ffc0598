package io.sportello.commerce;

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
import java.time.LocalDate;

/**
 * A parcel of an order with the carrier's tracking data. Its status is that of its latest event by the carrier's
 * time, so an event delivered late joins the timeline without turning the status back.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;

    private Long orderId;
    private String carrier;
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private Instant shippedAt;
    private LocalDate expectedDelivery;
    private Instant deliveredAt;
    private String externalId;
    private String trackingUrl;
    private Instant lastEventAt;
    private String carrierStatus;
    private String lastPlace;
    private int failedAttempts;

    protected Shipment() {
    }

    Shipment(Long orderId, String carrier, String trackingCode, ShipmentStatus status, Instant shippedAt,
             LocalDate expectedDelivery, Instant deliveredAt) {
        this.orderId = orderId;
        this.carrier = carrier;
        this.trackingCode = trackingCode;
        this.status = status;
        this.shippedAt = shippedAt;
        this.expectedDelivery = expectedDelivery;
        this.deliveredAt = deliveredAt;
    }

    /** Takes a checkpoint; true when it is the parcel's newest and changed its status. */
    boolean take(TrackingUpdate.Checkpoint c) {
        if (c.status() == ShipmentStatus.FAILED_ATTEMPT) {
            failedAttempts++;
        }
        if (lastEventAt != null && c.occurredAt().isBefore(lastEventAt)) {
            return false;
        }
        ShipmentStatus before = status;
        lastEventAt = c.occurredAt();
        status = c.status();
        carrierStatus = c.carrierStatus();
        lastPlace = c.place() != null ? c.place() : lastPlace;
        if (shippedAt == null) {
            shippedAt = c.occurredAt();
        }
        if (c.status() == ShipmentStatus.DELIVERED) {
            deliveredAt = c.occurredAt();
        }
        return before != status;
    }

    boolean isLaterThanLatest(Instant at) {
        return lastEventAt == null || !at.isBefore(lastEventAt);
    }

    void expect(LocalDate date) {
        if (date != null) {
            this.expectedDelivery = date;
        }
    }

    void details(String externalId, String trackingUrl) {
        if (externalId != null) {
            this.externalId = externalId;
        }
        if (trackingUrl != null) {
            this.trackingUrl = trackingUrl;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public LocalDate getExpectedDelivery() {
        return expectedDelivery;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public Instant getLastEventAt() {
        return lastEventAt;
    }

    public String getCarrierStatus() {
        return carrierStatus;
    }

    public String getLastPlace() {
        return lastPlace;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }
}
