package io.sportello.shared;

import java.util.List;

/**
 * Text cells made safe for CSV files people open in a spreadsheet: a value a customer or agent typed that starts
 * like a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or carriage return) gets a leading apostrophe, so
 * the spreadsheet shows it as text instead of running it (OWASP "CSV injection"). Numbers stay numbers.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static Object cell(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    public static List<Object> row(List<?> values) {
        return values.stream().map(SpreadsheetCells::cell).toList();
    }
}
