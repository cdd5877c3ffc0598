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

/** One step of a parcel's journey as the carrier reported it: status, the carrier's words, place and time. */
@Entity
@Table(name = "shipment_event")
public class ShipmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_event_seq")
    @SequenceGenerator(name = "shipment_event_seq", sequenceName = "shipment_event_seq", allocationSize = 50)
    private Long id;
    private Long shipmentId;
    private String eventKey;
    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;
    private String carrierStatus;
    private String description;
    private String place;
    private Instant occurredAt;
    private Instant receivedAt;

    protected ShipmentEvent() {
    }

    ShipmentEvent(Long shipmentId, TrackingUpdate.Checkpoint c, Instant receivedAt) {
        this.shipmentId = shipmentId;
        this.eventKey = c.key();
        this.status = c.status();
        this.carrierStatus = cut(c.carrierStatus(), 200);
        this.description = cut(c.description(), 500);
        this.place = cut(c.place(), 200);
        this.occurredAt = c.occurredAt();
        this.receivedAt = receivedAt;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public String getEventKey() {
        return eventKey;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public String getCarrierStatus() {
        return carrierStatus;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
