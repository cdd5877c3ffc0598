package io.sportello.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A parcel of an order with the carrier's tracking data. */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_seq")
    @SequenceGenerator(name = "shipment_seq", sequenceName = "shipment_seq", allocationSize = 50)
    private Long id;

    private Long orderId;
    private String carrier;
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private Instant shippedAt;
    private LocalDate expectedDelivery;
    private Instant deliveredAt;

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
}
