package io.sportello.commerce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A parcel was registered or its status, expected date or timeline changed: what the parcel watch reacts to.
 *
 * @param statusChanged the parcel's status is new (not just a late or repeated event, or a new expected date)
 */
public record ShipmentUpdated(Long shipmentId, Long orderId, String orderNumber, Long customerId,
                              ShipmentStatus status, ShipmentStatus previousStatus, boolean statusChanged,
                              LocalDate expectedDelivery, Instant occurredAt) {
}
