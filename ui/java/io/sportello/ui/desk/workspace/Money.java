package io.sportello.ui.desk.workspace;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount as the reader writes it: €123.45 in English, 123,45 € in Italian. */
final class Money {

    private Money() {
    }

    static String format(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty()
                ? Locale.forLanguageTag(locale.getLanguage() + ("it".equals(locale.getLanguage()) ? "-IT" : "-IE"))
                : locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return amount + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }
}
