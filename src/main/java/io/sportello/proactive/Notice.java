package io.sportello.proactive;

/**
 * What a parcel notice tells the customer; the parcel-watch decision table names one. Each parcel gets each notice at
 * most once. Informational notices count towards the per-customer frequency cap; the ones that ask the customer to do
 * something (collect the parcel, be home, reply) always go.
 */
public enum Notice {
    SHIPPED(true), IN_TRANSIT(true), OUT_FOR_DELIVERY(true), DELIVERED(true), DELAYED(false), FAILED_ATTEMPT(false),
    AVAILABLE_FOR_PICKUP(false), EXCEPTION(false), RETURNED_TO_SENDER(false);

    private final boolean informational;

    Notice(boolean informational) {
        this.informational = informational;
    }

    public boolean informational() {
        return informational;
    }
}
