package io.sportello.ui;

import com.vaadin.flow.component.html.Span;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaService;
import java.time.Duration;
import java.time.Instant;

/** The SLA countdown in business time, coloured on track / warning / breached / paused. */
final class SlaBadge {

    enum State { ON_TRACK, WARNING, BREACHED, PAUSED, NONE }

    private SlaBadge() {
    }

    static State state(Instant due, SlaClock clock, boolean paused, Instant now) {
        if (due == null) {
            return State.NONE;
        }
        if (paused) {
            return State.PAUSED;
        }
        if (!due.isAfter(now)) {
            return State.BREACHED;
        }
        if (clock != null && clock.getWarningAt() != null && !clock.getWarningAt().isAfter(now)) {
            return State.WARNING;
        }
        return State.ON_TRACK;
    }

    static Span of(Instant due, SlaClock clock, boolean paused, Instant now, SlaService sla,
                   java.util.function.Function<String, String> i18n) {
        State state = state(due, clock, paused, now);
        String text = switch (state) {
            case NONE -> "";
            case PAUSED -> i18n.apply("sla.paused");
            case BREACHED -> i18n.apply("sla.breached") + " " + format(sla.businessTime(due, now));
            default -> format(sla.businessTime(now, due));
        };
        Span span = new Span(text);
        span.getElement().setAttribute("data-sla", state.name());
        span.getStyle().set("padding", "0 .5em").set("border-radius", "1em").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
        switch (state) {
            case BREACHED -> span.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
            case WARNING -> span.getStyle().set("background", "#fff3cd").set("color", "#8a5a00");
            case ON_TRACK -> span.getStyle().set("background", "var(--lumo-success-color-10pct)").set("color", "var(--lumo-success-text-color)");
            case PAUSED -> span.getStyle().set("background", "var(--lumo-contrast-10pct)");
            default -> {
            }
        }
        return span;
    }

    static String format(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (60 * 24);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        return days > 0 ? days + "d " + hours + "h" : hours > 0 ? hours + "h " + mins + "m" : mins + "m";
    }
}
