package io.sportello.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports over the daily roll-ups ({@link ReportRollups}) instead of the facts, for long periods: a year is 365
 * rows per group instead of hundreds of thousands of facts. Counts, sums, means and rates are the same numbers the
 * facts give; medians and 90th percentiles are read from the duration histograms (within half a bucket, ≈ 1.3 %).
 * The roll-ups hold one dimension at a time, so they answer a report with at most one dimension in play (one filter,
 * or a breakdown, or a filter on the dimension broken down by).
 */
@Component
class RollupReports {

    /** Periods longer than this are read from the roll-ups when they can answer. */
    static final int MIN_DAYS = 62;

    private final JdbcTemplate jdbc;
    private final ReportRollups rollups;

    RollupReports(JdbcTemplate jdbc, ReportRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** The one dimension a filter and breakdown use, "ALL" for none, or null when the roll-ups cannot answer. */
    String dimension(ReportFilter filter, Dimension by, boolean withBreakdown) {
        if (!rollups.isReady() || filter.days() <= MIN_DAYS) {
            return null;
        }
        Map<String, String> filters = filters(filter);
        if (filters.size() > 1) {
            return null;
        }
        if (by == null) {
            return filters.isEmpty() ? "ALL" : filters.keySet().iterator().next();
        }
        if (!withBreakdown) {
            return null;
        }
        return filters.isEmpty() || filters.containsKey(by.name()) ? by.name() : null;
    }

    List<Metrics> metrics(ReportFilter filter, String dim, boolean grouped) {
        String value = filters(filter).get(dim);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(filter.from()), Date.valueOf(filter.to()), dim));
        String valueClause = value == null ? "" : " and r.dim_value = ?";
        if (value != null) {
            args.add(value);
        }
        String columns = ", r." + String.join(", r.", ReportRollups.COLUMNS);
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, Map<String, TreeMap<Integer, Long>>> histograms = new HashMap<>();
        jdbc.query("select r.dim_value, r.fr_hist, r.frb_hist, r.res_hist, r.resb_hist" + columns
                + " from report_day r where r.report_date between ? and ? and r.dim = ?" + valueClause, rs -> {
            String k = rs.getString(1);
            long[] t = totals.computeIfAbsent(k, x -> new long[ReportRollups.COLUMNS.size()]);
            for (int i = 0; i < t.length; i++) {
                t[i] += rs.getLong(i + 6);
            }
            Map<String, TreeMap<Integer, Long>> h = histograms.computeIfAbsent(k, x -> new HashMap<>());
            for (int m = 0; m < ReportRollups.MEASURES.size(); m++) {
                ReportRollups.decodeInto(rs.getString(m + 2),
                        h.computeIfAbsent(ReportRollups.MEASURES.get(m), x -> new TreeMap<>()));
            }
        }, args.toArray());
        List<Metrics> list = new ArrayList<>();
        totals.forEach((k, t) -> {
            Map<String, TreeMap<Integer, Long>> h = histograms.getOrDefault(k, Map.of());
            String key = !grouped ? null : "-".equals(k) && "AGENT".equals(dim) ? null : k;
            list.add(new Metrics(key, t[0], t[1], mean(t[2], t[1]), percentile(h.get("FR"), 0.5), percentile(h.get("FR"), 0.9),
                    mean(t[3], t[1]), percentile(h.get("FRB"), 0.5), percentile(h.get("FRB"), 0.9),
                    t[4], mean(t[5], t[4]), percentile(h.get("RES"), 0.5), percentile(h.get("RES"), 0.9),
                    mean(t[6], t[4]), percentile(h.get("RESB"), 0.5), percentile(h.get("RESB"), 0.9),
                    t[7], mean(t[8], t[7]), t[9], t[10], t[11], t[12], t[13], t[14], t[15], t[16], t[17], t[18], t[19],
                    t[20], t[21], t[22], t[23], t[24], t[25], t[26]));
        });
        list.sort((a, b) -> Long.compare(b.created(), a.created()));
        return list;
    }

    List<Reports.DailyPoint> daily(ReportFilter filter, String dim) {
        String value = filters(filter).get(dim);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(filter.from()), Date.valueOf(filter.to()), dim));
        String valueClause = value == null ? "" : " and r.dim_value = ?";
        if (value != null) {
            args.add(value);
        }
        Map<LocalDate, long[]> counts = new HashMap<>();
        Map<LocalDate, TreeMap<Integer, Long>> frb = new HashMap<>();
        jdbc.query("select r.report_date, r.created, r.resolved, r.responded, r.surveys_answered, r.satisfied, r.frb_hist "
                + "from report_day r where r.report_date between ? and ? and r.dim = ?" + valueClause, rs -> {
            LocalDate day = rs.getObject(1, LocalDate.class);
            long[] c = counts.computeIfAbsent(day, x -> new long[5]);
            for (int i = 0; i < 5; i++) {
                c[i] += rs.getLong(i + 2);
            }
            ReportRollups.decodeInto(rs.getString(7), frb.computeIfAbsent(day, x -> new TreeMap<>()));
        }, args.toArray());
        Map<LocalDate, Reports.DailyPoint> byDay = new HashMap<>();
        counts.forEach((day, c) -> byDay.put(day, new Reports.DailyPoint(day, c[0], c[1], c[2], percentile(frb.get(day), 0.5),
                c[3], c[4])));
        List<Reports.DailyPoint> points = new ArrayList<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            points.add(byDay.getOrDefault(d, new Reports.DailyPoint(d, 0, 0, 0, null, 0, 0)));
        }
        return points;
    }

    /** Tickets per weekday and hour from the roll-ups' hour rows (only without filters). */
    long[][] volumeByHour(ReportFilter filter) {
        long[][] counts = new long[7][24];
        jdbc.query("select r.report_date, r.dim_value, r.created from report_day r where r.report_date between ? and ? and r.dim = 'HOUR'",
                rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    counts[day.getDayOfWeek().getValue() - 1][Integer.parseInt(rs.getString(2))] += rs.getLong(3);
                }, Date.valueOf(filter.from()), Date.valueOf(filter.to()));
        return counts;
    }

    static Map<String, String> filters(ReportFilter filter) {
        Map<String, String> used = new LinkedHashMap<>();
        if (filter.channel() != null) {
            used.put("CHANNEL", filter.channel().name());
        }
        if (filter.category() != null) {
            used.put("CATEGORY", filter.category().name());
        }
        if (filter.priority() != null) {
            used.put("PRIORITY", filter.priority().name());
        }
        if (filter.tier() != null) {
            used.put("TIER", filter.tier().name());
        }
        if (filter.agent() != null) {
            used.put("AGENT", filter.agent());
        }
        return used;
    }

    private static Double mean(long sum, long count) {
        return count == 0 ? null : (double) sum / count;
    }

    /**
     * The continuous percentile (as SQL's {@code percentile_cont}) of the durations in a histogram, each duration taken
     * as its bucket's midpoint.
     */
    static Double percentile(TreeMap<Integer, Long> histogram, double p) {
        if (histogram == null || histogram.isEmpty()) {
            return null;
        }
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        double position = p * (n - 1);
        long lower = (long) Math.floor(position);
        double fraction = position - lower;
        double low = valueAt(histogram, lower);
        double high = fraction == 0 ? low : valueAt(histogram, lower + 1);
        return low + fraction * (high - low);
    }

    private static double valueAt(TreeMap<Integer, Long> histogram, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return ReportRollups.bucketMiddleSeconds(e.getKey());
            }
        }
        return ReportRollups.bucketMiddleSeconds(histogram.lastKey());
    }
}
