package io.sportello.ui.analytics;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.Locale;

/** How the reports show numbers: minutes as "2 h 5 min", rates as percentages, no data as "–". */
final class MetricTexts {

    static final String NO_DATA = "–";

    private MetricTexts() {
    }

    /** A value from {@link io.sportello.analytics.ReportTables} for its column id. */
    static String format(String column, Object value, Locale locale) {
        if (value == null) {
            return NO_DATA;
        }
        if (column.endsWith("_min")) {
            return duration(((Number) value).doubleValue(), locale);
        }
        if (isRate(column)) {
            return percent(((Number) value).doubleValue(), locale);
        }
        if (value instanceof Double d) {
            return NumberFormat.getNumberInstance(locale).format(d);
        }
        return String.valueOf(value);
    }

    static boolean isRate(String column) {
        return column.equals("csat") || column.endsWith("_rate") || column.startsWith("escalation_rate") || column.endsWith("_compliance")
                || column.equals("first_contact_resolution") || column.equals("self_service_deflection");
    }

    static String percent(double fraction, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    /** Minutes as the reader writes them: "45 min", "2 h 5 min", "3 d 4 h" ("3 g 4 h" in Italian). */
    static String duration(double minutes, Locale locale) {
        com.vaadin.flow.i18n.I18NProvider texts = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getI18NProvider();
        long total = Math.round(minutes);
        if (total < 60) {
            return texts.getTranslation("duration.minutes", locale, total);
        }
        long hours = total / 60;
        if (hours < 48) {
            return texts.getTranslation("duration.hoursMinutes", locale, hours, total % 60);
        }
        return texts.getTranslation("duration.daysHours", locale, hours / 24, hours % 24);
    }

    /** The change between two values of a column, as text ("+12.5 %", "−30 min"), or "" when one is missing. */
    static String change(String column, Object now, Object before, Component c, Locale locale) {
        if (!(now instanceof Number n) || !(before instanceof Number b)) {
            return "";
        }
        double delta = n.doubleValue() - b.doubleValue();
        String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
        if (column.endsWith("_min")) {
            return sign + duration(Math.abs(delta), locale);
        }
        if (isRate(column)) {
            return sign + c.getTranslation("reports.points", NumberFormat.getNumberInstance(locale)
                    .format(Math.round(Math.abs(delta) * 1000) / 10.0));
        }
        if (b.doubleValue() == 0) {
            return sign + NumberFormat.getNumberInstance(locale).format(Math.abs(delta));
        }
        return sign + percent(Math.abs(delta / b.doubleValue()), locale);
    }
}
