package io.sportello.proactive;

import io.sportello.commerce.ShipmentStatus;
import java.time.Instant;

/**
 * What the parcel watch knows of a parcel when it decides: status, how late, failed attempts, whether the desk already
 * opened a ticket for it, whether the customer has a ticket open about the order, whether notices are on, and when
 * it next counts as late ({@code lateAt}).
 */
public record ParcelState(Long shipmentId, Long orderId, String orderNumber, ShipmentStatus status, boolean isFinal,
                          int daysLate, int failedAttempts, boolean ticketOpened, boolean customerTicketOpen,
                          boolean notificationsOn, Instant lateAt) {
}
