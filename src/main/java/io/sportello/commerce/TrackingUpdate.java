package io.sportello.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a carrier or tracking platform says about one parcel: one or more checkpoints (AfterShip sends the whole list
 * each time; each is kept once), normalised to {@link ShipmentStatus}.
 *
 * @param orderNumber the order the platform names, used when the parcel is not known yet
 */
public record TrackingUpdate(String source, String eventId, String carrier, String trackingCode, String orderNumber,
                             LocalDate expectedDelivery, List<Checkpoint> checkpoints) {

    public TrackingUpdate {
        checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
    }

    /**
     * @param carrierStatus the platform's own words for the status (tag/subtag, status code), kept for people
     */
    public record Checkpoint(ShipmentStatus status, String carrierStatus, String description, String place,
                             Instant occurredAt) {

        /** What makes a checkpoint the same one when it is sent again. */
        String key() {
            String text = status + "|" + occurredAt + "|" + (carrierStatus == null ? "" : carrierStatus) + "|"
                    + (place == null ? "" : place);
            return text.length() <= 100 ? text : Integer.toHexString(text.hashCode()) + "|" + text.substring(0, 90);
        }
    }
}
