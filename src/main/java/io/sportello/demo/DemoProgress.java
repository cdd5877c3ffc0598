package io.sportello.demo;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How far the demo history generation has come, for the banner the desk shows while it runs in the background (the
 * desk's clock is then at the generated past).
 */
@Component
public class DemoProgress {

    /**
     * Tickets opened so far of all planned, and the generated instant reached; {@code skipped} steps were refused
     * (somebody worked that ticket meanwhile); {@code failure} says why the generation stopped, if it did.
     */
    public record Status(int done, int total, Instant reached, int skipped, String failure) {
        public boolean stopped() {
            return failure != null;
        }

        public int percent() {
            return total == 0 ? 0 : (int) (100L * done / total);
        }
    }

    private volatile Status status;
    private volatile Instant historyUntil;

    /** Everything that happens before {@code end} (the moment generation began) is generated history. */
    void historyUntil(Instant end) {
        historyUntil = end;
    }

    /** Whether something that happened at {@code at} belongs to the generated past. */
    public boolean isHistory(Instant at) {
        Instant end = historyUntil;
        return end != null && at != null && at.isBefore(end);
    }

    void started(Instant from) {
        status = new Status(0, 0, from, 0, null);
    }

    void at(int done, int total, Instant reached, int skipped) {
        status = new Status(done, total, reached, skipped, null);
    }

    /** The generation stopped: the banner says so (and what to do) instead of vanishing. */
    void failed(String why) {
        Status s = status;
        status = s == null ? new Status(0, 0, null, 0, why) : new Status(s.done(), s.total(), s.reached(), s.skipped(), why);
    }

    void finished() {
        status = null;
    }

    /** The generation's progress while it runs; empty when there is none. */
    public Optional<Status> current() {
        return Optional.ofNullable(status);
    }
}
