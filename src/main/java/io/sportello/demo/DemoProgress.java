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

    /** Tickets opened so far of all planned, and the generated instant reached. */
    public record Status(int done, int total, Instant reached) {
        public int percent() {
            return total == 0 ? 0 : (int) (100L * done / total);
        }
    }

    private volatile Status status;

    void started(Instant from) {
        status = new Status(0, 0, from);
    }

    void at(int done, int total, Instant reached) {
        status = new Status(done, total, reached);
    }

    void finished() {
        status = null;
    }

    /** The generation's progress while it runs; empty when there is none. */
    public Optional<Status> current() {
        return Optional.ofNullable(status);
    }
}
