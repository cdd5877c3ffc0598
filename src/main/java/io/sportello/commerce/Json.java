package io.sportello.commerce;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Lenient reading of the fields shops and carriers send: numbers as strings, dates with or without an offset. */
final class Json {

    /** Where a time without an offset is read (Italian carriers and shops write local time). */
    static final ZoneId LOCAL = ZoneId.of("Europe/Rome");

    private Json() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (int i = 0; i < path.length - 1 && n != null; i++) {
            n = n.get(path[i]);
        }
        return text(n, path[path.length - 1]);
    }

    static BigDecimal money(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.replace(',', '.')).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new UnreadableCommerceEventException(field, "not an amount: " + s);
        }
    }

    static int integer(JsonNode node, String field, int otherwise) {
        String s = text(node, field);
        if (s == null) {
            return otherwise;
        }
        try {
            return new BigDecimal(s).intValue();
        } catch (NumberFormatException e) {
            throw new UnreadableCommerceEventException(field, "not a number: " + s);
        }
    }

    /** ISO date-time with an offset, without one (local Italian time), or seconds since 1970. */
    static Instant instant(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{9,11}")) {
                return Instant.ofEpochSecond(Long.parseLong(s));
            }
            if (s.matches("\\d{12,14}")) {
                return Instant.ofEpochMilli(Long.parseLong(s));
            }
            String iso = s.replace(' ', 'T');
            if (iso.matches(".*[zZ]$|.*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(iso.matches(".*[+-]\\d{4}$")
                        ? iso.substring(0, iso.length() - 2) + ":" + iso.substring(iso.length() - 2) : iso).toInstant();
            }
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay(LOCAL).toInstant();
            }
            return LocalDateTime.parse(iso).atZone(LOCAL).toInstant();
        } catch (DateTimeParseException e) {
            throw new UnreadableCommerceEventException(field, "not a date and time: " + s);
        }
    }

    /** A UTC time as WooCommerce writes it in its {@code _gmt} fields (no offset, but UTC). */
    static Instant utc(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).atZone(java.time.ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return instant(node, field);
        }
    }

    static LocalDate date(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return s.length() >= 10 && s.charAt(4) == '-' && (s.length() == 10 || !s.substring(10).matches(".*[zZ+].*|.*-\\d\\d:\\d\\d$"))
                    ? LocalDate.parse(s.substring(0, 10)) : instant(node, field).atZone(LOCAL).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new UnreadableCommerceEventException(field, "not a date: " + s);
        }
    }

    static String joined(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(", ");
                }
                b.append(p.strip());
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    static String name(String first, String last) {
        String n = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return n.isEmpty() ? null : n;
    }

    static String language(String locale) {
        if (locale == null) {
            return null;
        }
        String l = locale.strip().toLowerCase(java.util.Locale.ROOT);
        return l.length() >= 2 ? l.substring(0, 2) : null;
    }
}
