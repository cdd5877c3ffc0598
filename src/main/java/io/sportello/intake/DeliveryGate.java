package io.sportello.intake;

import java.time.Instant;

/**
 * Whether something that happened at a given moment may still be sent to a customer. Every delivery is sendable in
 * production; the demo's generated history (replies and surveys of the past, to fictitious customers) is not.
 */
public interface DeliveryGate {

    DeliveryGate ALWAYS = at -> true;

    boolean deliverable(Instant happenedAt);
}
