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
 * (the process engine's clock) follow every change. {@link #withZone} gives a view in another zone that
 * reads this same clock, pinned or not: code that formats "today" in the desk's zone sees the pinned day.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private volatile Instant pinned;
    private final List<Consumer<Optional<Instant>>> listeners = new CopyOnWriteArrayList<>();

    public AdjustableClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
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

    /** This clock seen from another time zone: same instants, pinned or not. */
    private static final class Zoned extends Clock {

        private final AdjustableClock desk;
        private final ZoneId zone;

        Zoned(AdjustableClock desk, ZoneId zone) {
            this.desk = desk;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new Zoned(desk, other);
        }

        @Override
        public Instant instant() {
            return desk.instant();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Zoned z && z.desk == desk && z.zone.equals(zone);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(desk) * 31 + zone.hashCode();
        }
    }
}
