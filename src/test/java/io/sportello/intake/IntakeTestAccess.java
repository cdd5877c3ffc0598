package io.sportello.intake;

import io.sportello.shared.AdjustableClock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** Lets tests outside the package drive intake's background work. */
public final class IntakeTestAccess {

    private IntakeTestAccess() {
    }

    /** Moves the clock past every retry and sends what is due each time, until failing sends are given up. */
    public static void sendUntilGivenUp(ApplicationContext context, AdjustableClock clock) {
        OutboundDispatcher dispatcher = context.getBean(OutboundDispatcher.class);
        for (int i = 0; i < 6; i++) {
            clock.pin(clock.instant().plus(Duration.ofHours(5)));
            dispatcher.sendDue();
        }
    }
}
