package io.sportello.audit;

import io.sportello.ticket.HistoryReason;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders what the history stores as data — reason codes and their arguments — as text in the reader's language,
 * from the bundles ({@code history.reason.CODE}): the audit timeline, the evidence exports and the screens all ask
 * here. Arguments written {@code #key} are translated too; instants are shown in the desk's time zone.
 */
@Component
public class HistoryTexts {

    private final MessageSource messages;

    HistoryTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String reason(HistoryReason reason, Locale locale, ZoneId zone) {
        if (reason == null) {
            return null;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        Object[] args = reason.arguments().stream().map(a -> argument(a, locale, when)).toArray();
        return messages.getMessage("history.reason." + reason.code(), args, reason.code() + " " + String.join(" ",
                reason.arguments()), locale);
    }

    /**
     * An entry of another object's history stored the same way, as a bundle key and arguments (an order's history:
     * {@code order.history.TYPE}), rendered by the same rules.
     */
    public String entry(String key, java.util.List<String> arguments, Locale locale, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        Object[] args = arguments.stream().map(a -> argument(a, locale, when)).toArray();
        return messages.getMessage(key, args, key + " " + String.join(" ", arguments), locale);
    }

    /**
     * A model element's name in the reader's language: the desk's translation while the element still has the name
     * the desk's models gave it; a name a process owner gave it stands as written.
     */
    public String elementName(String elementId, String modelName, Locale locale) {
        if (elementId == null || modelName == null) {
            return modelName;
        }
        String shipped = messages.getMessage("model.element." + elementId, null, null, Locale.ROOT);
        return modelName.equals(shipped) ? messages.getMessage("model.element." + elementId, null, modelName, locale)
                : modelName;
    }

    /** The kind of a model element (user task, timer…) in the reader's language; unknown kinds as the engine names them. */
    public String elementType(String type, Locale locale) {
        return type == null ? null : messages.getMessage("model.type." + type, null, type, locale);
    }

    /** A length of time as the reader writes it: 2 d 3 h, 1 h 5 min, 4 min, 12 s. */
    public String duration(java.time.Duration d, Locale locale) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return messages.getMessage("duration.seconds", new Object[]{seconds}, seconds + " s", locale);
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return messages.getMessage("duration.minutes", new Object[]{minutes}, minutes + " min", locale);
        }
        if (minutes < 24 * 60) {
            return messages.getMessage("duration.hoursMinutes", new Object[]{minutes / 60, minutes % 60},
                    minutes / 60 + " h " + minutes % 60 + " min", locale);
        }
        return messages.getMessage("duration.daysHours", new Object[]{minutes / (24 * 60), minutes / 60 % 24},
                minutes / (24 * 60) + " d " + minutes / 60 % 24 + " h", locale);
    }

    /** A text of the bundles (an SLA segment's reason, a unit), or {@code fallback} when there is none. */
    public String text(String key, Locale locale, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, locale);
    }

    private Object argument(String a, Locale locale, DateTimeFormatter when) {
        if (a.startsWith("#") && a.length() > 1) {
            return messages.getMessage(a.substring(1), null, a, locale); // "#1001" is an order number, not a key
        }
        if (a.length() >= 20 && a.charAt(4) == '-' && a.endsWith("Z")) {
            try {
                return when.format(Instant.parse(a));
            } catch (DateTimeParseException notAnInstant) {
                return a;
            }
        }
        return a;
    }
}
