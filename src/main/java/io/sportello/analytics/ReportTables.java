package io.sportello.analytics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.sportello.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reports as tables with stable column ids (those of {@code src/docs/metrics.md}): durations in minutes (one
 * decimal), rates as fractions 0–1 (four decimals), empty when there is no data. The same rows feed the REST JSON, every
 * CSV export and the tables of the reports view, so all three always show the same numbers.
 */
public final class ReportTables {

    /** A table: column ids and rows of values (numbers, strings or null). */
    public record Table(List<String> columns, List<List<Object>> rows) {

        public List<Map<String, Object>> asMaps() {
            List<Map<String, Object>> maps = new ArrayList<>();
            for (List<Object> row : rows) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    map.put(columns.get(i), row.get(i));
                }
                maps.add(map);
            }
            return maps;
        }

        /** RFC 4180 CSV with a header line, UTF-8 with a byte-order mark so spreadsheets read accents right. */
        public byte[] csv() {
            StringWriter out = new StringWriter();
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
                for (List<Object> row : rows) {
                    printer.printRecord(SpreadsheetCells.row(row));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The metric columns in order, after the group key. */
    public static final List<String> METRIC_COLUMNS = List.of("tickets_created", "first_responses",
            "first_response_mean_min", "first_response_median_min", "first_response_p90_min",
            "first_response_business_mean_min", "first_response_business_median_min", "first_response_business_p90_min",
            "resolved", "resolution_mean_min", "resolution_median_min", "resolution_p90_min",
            "resolution_business_mean_min", "resolution_business_median_min", "resolution_business_p90_min",
            "resolved_with_pause", "paused_mean_min", "csat", "surveys_sent", "surveys_answered", "survey_response_rate",
            "first_response_sla_compliance", "resolution_sla_compliance", "reopen_rate", "escalation_rate_l1",
            "escalation_rate_l2", "first_contact_resolution", "self_service_deflection", "chats_ended", "chats_abandoned",
            "chat_abandonment_rate");

    private ReportTables() {
    }

    public static Table metrics(String keyColumn, List<Metrics> list) {
        List<String> columns = new ArrayList<>();
        columns.add(keyColumn);
        columns.addAll(METRIC_COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        for (Metrics m : list) {
            List<Object> row = new ArrayList<>();
            row.add(m.key());
            row.addAll(values(m));
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** The metric values of one group, in {@link #METRIC_COLUMNS} order. */
    public static List<Object> values(Metrics m) {
        List<Object> v = new ArrayList<>();
        v.add(m.created());
        v.add(m.responded());
        v.add(minutes(m.firstResponseMean()));
        v.add(minutes(m.firstResponseMedian()));
        v.add(minutes(m.firstResponseP90()));
        v.add(minutes(m.firstResponseBusinessMean()));
        v.add(minutes(m.firstResponseBusinessMedian()));
        v.add(minutes(m.firstResponseBusinessP90()));
        v.add(m.resolved());
        v.add(minutes(m.resolutionMean()));
        v.add(minutes(m.resolutionMedian()));
        v.add(minutes(m.resolutionP90()));
        v.add(minutes(m.resolutionBusinessMean()));
        v.add(minutes(m.resolutionBusinessMedian()));
        v.add(minutes(m.resolutionBusinessP90()));
        v.add(m.resolvedWithPause());
        v.add(minutes(m.pausedMean()));
        v.add(rate(m.csat()));
        v.add(m.surveysSent());
        v.add(m.surveysAnswered());
        v.add(rate(m.surveyResponseRate()));
        v.add(rate(m.firstResponseCompliance()));
        v.add(rate(m.resolutionCompliance()));
        v.add(rate(m.reopenRate()));
        v.add(rate(m.escalationRateL1()));
        v.add(rate(m.escalationRateL2()));
        v.add(rate(m.firstContactResolutionRate()));
        v.add(rate(m.deflectionRate()));
        v.add(m.chats());
        v.add(m.chatsAbandoned());
        v.add(rate(m.chatAbandonmentRate()));
        return v;
    }

    public static Table daily(List<Reports.DailyPoint> points) {
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.DailyPoint p : points) {
            rows.add(java.util.Arrays.asList(p.day().toString(), p.created(), p.resolved(), p.responded(),
                    minutes(p.firstResponseBusinessMedian()), p.surveysAnswered(), rate(p.csat())));
        }
        return new Table(List.of("day", "tickets_created", "resolved", "first_responses",
                "first_response_business_median_min", "surveys_answered", "csat"), rows);
    }

    public static Table heatmap(List<Reports.HeatCell> cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.HeatCell c : cells) {
            rows.add(List.of(c.dayOfWeek(), c.hour(), c.tickets()));
        }
        return new Table(List.of("weekday", "hour", "tickets_created"), rows);
    }

    public static final List<String> AGE_COLUMNS = List.of("age_under_4h", "age_4h_to_24h", "age_1d_to_3d",
            "age_3d_to_7d", "age_over_7d");

    public static Table backlog(String keyColumn, List<Reports.BacklogLine> lines) {
        List<String> columns = new ArrayList<>(List.of(keyColumn, "open"));
        columns.addAll(AGE_COLUMNS);
        columns.add("oldest_age_hours");
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.BacklogLine l : lines) {
            List<Object> row = new ArrayList<>();
            row.add(l.key());
            row.add(l.open());
            for (long n : l.byAge()) {
                row.add(n);
            }
            row.add(l.oldest() == null ? null : round(l.oldest().toMinutes() / 60.0, 1));
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    static Double minutes(Double seconds) {
        return seconds == null ? null : round(seconds / 60.0, 1);
    }

    static Double rate(Double rate) {
        return rate == null ? null : round(rate, 4);
    }

    private static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }
}
