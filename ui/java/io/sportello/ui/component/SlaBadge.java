package io.sportello.ui.component;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaService;
import java.time.Duration;
import java.time.Instant;

/** The SLA countdown in business time, coloured on track / warning / breached / paused. */
public final class SlaBadge {

    public enum State { ON_TRACK, WARNING, BREACHED, PAUSED, NONE }

    private SlaBadge() {
    }

    public static State state(Instant due, SlaClock clock, boolean paused, Instant now) {
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

    /** The reader's texts: {@code Component::getTranslation}. */
    public interface Texts {
        String get(String key, Object... args);
    }

    public static Span of(Instant due, SlaClock clock, boolean paused, Instant now, SlaService sla, Texts texts) {
        State state = state(due, clock, paused, now);
        String text = switch (state) {
            case NONE -> "";
            case PAUSED -> texts.get("sla.paused");
            case BREACHED -> texts.get("sla.breached") + " " + format(sla.businessTime(due, now), texts);
            default -> format(sla.businessTime(now, due), texts);
        };
        Span span = new Span(text);
        span.getElement().setAttribute("data-sla", state.name());
        span.addClassNames(LumoUtility.Padding.Horizontal.SMALL, LumoUtility.BorderRadius.FULL,
                LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NOWRAP);
        switch (state) {
            case BREACHED -> span.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR);
            case WARNING -> span.addClassNames(LumoUtility.Background.WARNING_10, LumoUtility.TextColor.WARNING);
            case ON_TRACK -> span.addClassNames(LumoUtility.Background.SUCCESS_10, LumoUtility.TextColor.SUCCESS);
            case PAUSED -> span.addClassNames(LumoUtility.Background.CONTRAST_10);
            default -> {
            }
        }
        return span;
    }

    /** A duration as the reader writes it: "2 d 3 h", "4 h 5 min" in English, "2 g 3 h", "4 h 5 min" in Italian. */
    public static String format(Duration d, Texts texts) {
        long minutes = Math.max(0, d.toMinutes());
        long days = minutes / (60 * 24);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        return days > 0 ? texts.get("duration.daysHours", days, hours)
                : hours > 0 ? texts.get("duration.hoursMinutes", hours, mins) : texts.get("duration.minutes", mins);
    }
}
