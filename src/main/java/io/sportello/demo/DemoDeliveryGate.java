package io.sportello.demo;

import io.sportello.intake.DeliveryGate;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The demo's generated history is not mailed to its fictitious customers: replies and surveys dated before the
 * generation began stay in the desk, whenever the outbox gets to them.
 */
@Component
class DemoDeliveryGate implements DeliveryGate {

    private final DemoProgress progress;

    DemoDeliveryGate(DemoProgress progress) {
        this.progress = progress;
    }

    @Override
    public boolean deliverable(Instant happenedAt) {
        return !progress.isHistory(happenedAt);
    }
}
