package io.sportello.commerce;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one vocabulary every carrier and tracking platform is normalised to (AfterShip's tags, with the Italian desk's
 * words: {@link #AVAILABLE_FOR_PICKUP} is "in giacenza").
 */
public enum ShipmentStatus {
    INFO_RECEIVED, IN_TRANSIT, OUT_FOR_DELIVERY, FAILED_ATTEMPT, AVAILABLE_FOR_PICKUP, EXCEPTION, DELIVERED,
    RETURNED_TO_SENDER;

    private static final Set<ShipmentStatus> FINAL = EnumSet.of(DELIVERED, RETURNED_TO_SENDER);

    /** Nothing more will happen to the parcel. */
    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
