package io.sportello.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The desk's clock. It follows the system clock unless someone pins it to an instant — the demo data
 * generator does so to drive real processes through the last weeks, tests do so to move time. Listeners
 * (the process engine's clock) follow every change.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final ZoneId zone;
    private volatile Instant pinned;
    private final List<Consumer<Optional<Instant>>> listeners = new CopyOnWriteArrayList<>();

    public AdjustableClock(Clock system) {
        this.system = system;
        this.zone = system.getZone();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : system.instant();
    }

    /** Pins the clock; from now on {@link #instant()} returns {@code at} until moved or released. */
    public void pin(Instant at) {
        pinned = at;
        listeners.forEach(l -> l.accept(Optional.of(at)));
    }

    /** Returns to the system clock. */
    public void release() {
        pinned = null;
        listeners.forEach(l -> l.accept(Optional.empty()));
    }

    public boolean isPinned() {
        return pinned != null;
    }

    public void onChange(Consumer<Optional<Instant>> listener) {
        listeners.add(listener);
    }
}
