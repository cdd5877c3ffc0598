package io.sportello.analytics;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily roll-ups of the ticket facts for reports over long periods: per creation day, one row for all tickets and one
 * per value of each dimension (channel, agent, tier, category, priority, and hour of day for the heatmap) with the
 * counts and sums the metrics are made of, and each duration as a histogram of buckets about 2.5 % wide (as
 * {@code bucket:count} text) for medians and 90th percentiles — all in {@code report_day}. Days are rebuilt from their facts in one
 * streamed pass (a month per pass, nothing but the columns needed is read) — all days at start, then every refresh
 * interval the days whose facts changed — so a roll-up is never more than one interval behind the facts.
 */
@Component
public class ReportRollups {

    /** Histogram resolution: a duration of m minutes is in bucket {@code floor(40 · ln(1 + m))}. */
    static final int BUCKETS_PER_E = 40;
    static final List<String> DIMENSIONS = List.of("ALL", "CHANNEL", "AGENT", "TIER", "CATEGORY", "PRIORITY", "HOUR");
    static final List<String> MEASURES = List.of("FR", "FRB", "RES", "RESB");
    /** The count and sum columns of {@code report_day}, in order. */
    static final List<String> COLUMNS = List.of("created", "responded", "fr_sum", "frb_sum", "resolved", "res_sum",
            "resb_sum", "paused_n", "paused_sum", "surveys_sent", "surveys_answered", "satisfied", "fr_decided", "fr_met",
            "res_decided", "res_met", "ever_resolved", "reopened", "reached_l1", "escalated_l1", "reached_l2",
            "escalated_l2", "resolved_by_agent", "first_contact", "self_service", "chats", "chats_abandoned");

    private static final Logger log = LoggerFactory.getLogger(ReportRollups.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean background;
    private final Duration refresh;
    private final AtomicBoolean ready = new AtomicBoolean();
    private volatile Instant lastRefresh;
    private ScheduledExecutorService scheduler;

    ReportRollups(JdbcTemplate jdbc, TransactionTemplate transactions,
                  @Value("${sportello.analytics.background:true}") boolean background,
                  @Value("${sportello.analytics.rollup-refresh:PT1M}") Duration refresh) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.background = background;
        this.refresh = refresh;
    }

    /** True once the roll-ups were built completely since start (until then reports read the facts). */
    public boolean isReady() {
        return ready.get();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!background) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "report-rollups");
            t.setDaemon(true);
            return t;
        });
        scheduler.execute(() -> run("build", () -> {
            long started = System.nanoTime();
            int days = rebuildAll();
            log.info("Report roll-ups built for {} days in {} ms", days, (System.nanoTime() - started) / 1_000_000);
        }));
        scheduler.scheduleWithFixedDelay(() -> run("refresh", () -> {
            if (lastRefresh == null) {
                rebuildAll(); // the build at start failed: try again
            } else {
                refreshChanged();
            }
        }), refresh.toMillis(), refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Runs one pass; a failed pass leaves reports on the facts until a later pass succeeds. */
    private void run(String what, Runnable pass) {
        try {
            pass.run();
        } catch (RuntimeException e) {
            log.warn("Report roll-up {} failed; reports read the ticket facts until the next pass: {}", what, e.toString());
            ready.set(false);
        }
    }

    /** Rebuilds every day that has facts, a month per pass; returns the number of days. */
    public int rebuildAll() {
        Instant started = newestChange();
        List<LocalDate> days = jdbc.queryForList("select distinct created_date from ticket_fact order by created_date",
                LocalDate.class);
        for (int i = 0; i < days.size(); i += 31) {
            rebuild(new TreeSet<>(days.subList(i, Math.min(days.size(), i + 31))));
        }
        lastRefresh = started;
        ready.set(true);
        return days.size();
    }

    /** Rebuilds the days whose facts changed since the last refresh; returns the number of days. */
    public int refreshChanged() {
        Instant started = newestChange();
        Instant since = lastRefresh == null ? Instant.EPOCH : lastRefresh;
        // a little overlap: a transaction that committed just after the last pass may carry an earlier updated_at
        SortedSet<LocalDate> days = new TreeSet<>(jdbc.queryForList(
                "select distinct created_date from ticket_fact where updated_at >= ?", LocalDate.class,
                Timestamp.from(since.minusSeconds(30))));
        if (!days.isEmpty()) {
            rebuild(days);
        }
        lastRefresh = started;
        ready.set(true);
        return days.size();
    }

    /**
     * The newest change to any fact: the watermark of a refresh. (Not the clock: the demo data is written on a clock
     * that moves through the past.)
     */
    private Instant newestChange() {
        Timestamp newest = jdbc.queryForObject("select max(updated_at) from ticket_fact", Timestamp.class);
        return newest == null ? Instant.EPOCH : newest.toInstant();
    }

    /** Replaces the roll-up rows of the given days (sorted) with what their facts say now, in one pass over the facts. */
    void rebuild(SortedSet<LocalDate> days) {
        LocalDate first = days.first();
        LocalDate last = days.last();
        Map<List<Object>, long[]> sums = new HashMap<>();
        Map<List<Object>, List<TreeMap<Integer, Long>>> histograms = new HashMap<>();
        jdbc.query("""
                select f.created_date, f.created_hour, f.channel, f.category, f.priority, f.tier, f.agent,
                  f.first_response_sec, f.first_response_bsec, f.resolution_sec, f.resolution_bsec, f.paused_sec,
                  f.first_response_at, f.resolved_at, f.has_sla, f.fr_breached, f.res_breached, f.reopen_count,
                  f.reached_l1, f.reached_l2, f.reached_l3, f.agent_replies, f.first_contact, f.self_service,
                  f.survey_sent, f.csat_score, f.chats, f.chats_abandoned
                from ticket_fact f where f.created_date between ? and ?""", rs -> {
            LocalDate day = rs.getObject(1, LocalDate.class);
            if (!days.contains(day)) {
                return;
            }
            long[] row = contribution(rs);
            Long[] durations = {nullable(rs, 8), nullable(rs, 9), nullable(rs, 10), nullable(rs, 11)};
            String[] values = {"*", rs.getString(3), rs.getString(7) == null ? "-" : rs.getString(7), rs.getString(6),
                    rs.getString(4), rs.getString(5), String.valueOf(rs.getInt(2))};
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                List<Object> key = List.of(day, DIMENSIONS.get(d), values[d]);
                long[] total = sums.computeIfAbsent(key, k -> new long[COLUMNS.size()]);
                for (int c = 0; c < row.length; c++) {
                    total[c] += row[c];
                }
                if (DIMENSIONS.get(d).equals("HOUR")) {
                    continue; // the heatmap counts tickets only
                }
                List<TreeMap<Integer, Long>> h = histograms.computeIfAbsent(key, k -> List.of(new TreeMap<>(),
                        new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
                for (int m = 0; m < MEASURES.size(); m++) {
                    if (durations[m] != null) {
                        h.get(m).merge(bucketOf(durations[m]), 1L, Long::sum);
                    }
                }
            }
        }, Date.valueOf(first), Date.valueOf(last));
        List<Object[]> dayRows = new ArrayList<>();
        sums.forEach((key, total) -> {
            Object[] values = new Object[3 + total.length + MEASURES.size()];
            values[0] = Date.valueOf((LocalDate) key.get(0));
            values[1] = key.get(1);
            values[2] = key.get(2);
            for (int c = 0; c < total.length; c++) {
                values[3 + c] = total[c];
            }
            List<TreeMap<Integer, Long>> h = histograms.get(key);
            for (int m = 0; m < MEASURES.size(); m++) {
                values[3 + total.length + m] = h == null ? null : encode(h.get(m));
            }
            dayRows.add(values);
        });
        List<Object[]> dayKeys = days.stream().map(d -> new Object[]{Date.valueOf(d)}).toList();
        transactions.executeWithoutResult(tx -> {
            jdbc.batchUpdate("delete from report_day where report_date = ?", dayKeys);
            jdbc.batchUpdate("insert into report_day (report_date, dim, dim_value, " + String.join(", ", COLUMNS)
                    + ", fr_hist, frb_hist, res_hist, resb_hist) values (?, ?, ?" + ", ?".repeat(COLUMNS.size() + 4) + ")",
                    dayRows);
        });
    }

    /** A histogram as text: {@code bucket:count} pairs separated by commas, ascending; null when empty. */
    static String encode(TreeMap<Integer, Long> histogram) {
        if (histogram.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        histogram.forEach((bucket, n) -> text.append(text.isEmpty() ? "" : ",").append(bucket).append(':').append(n));
        return text.toString();
    }

    /** Adds a histogram written by {@link #encode} into {@code into}. */
    static void decodeInto(String text, TreeMap<Integer, Long> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int colon = text.indexOf(':', start);
            int comma = text.indexOf(',', colon);
            int end = comma < 0 ? text.length() : comma;
            into.merge(Integer.parseInt(text, start, colon, 10), Long.parseLong(text, colon + 1, end, 10), Long::sum);
            start = end + 1;
        }
    }

    /** What one fact adds to each of {@link #COLUMNS} — the same conditions as the metrics over the facts. */
    private static long[] contribution(ResultSet rs) throws SQLException {
        Long fr = nullable(rs, 8);
        Long frb = nullable(rs, 9);
        Long res = nullable(rs, 10);
        Long resb = nullable(rs, 11);
        Long paused = nullable(rs, 12);
        boolean responded = rs.getTimestamp(13) != null;
        boolean resolved = rs.getTimestamp(14) != null;
        boolean hasSla = rs.getBoolean(15);
        boolean frBreached = rs.getBoolean(16);
        boolean resBreached = rs.getBoolean(17);
        int reopens = rs.getInt(18);
        boolean l1 = rs.getBoolean(19);
        boolean l2 = rs.getBoolean(20);
        boolean l3 = rs.getBoolean(21);
        int replies = rs.getInt(22);
        Integer csat = (Integer) rs.getObject(26);
        boolean pausedAndResolved = res != null && paused != null && paused > 0;
        return new long[]{1, fr == null ? 0 : 1, fr == null ? 0 : fr, frb == null ? 0 : frb, res == null ? 0 : 1,
                res == null ? 0 : res, resb == null ? 0 : resb, pausedAndResolved ? 1 : 0, pausedAndResolved ? paused : 0,
                rs.getBoolean(25) ? 1 : 0, csat == null ? 0 : 1, csat != null && csat >= 4 ? 1 : 0,
                hasSla && (responded || frBreached) ? 1 : 0, hasSla && responded && !frBreached ? 1 : 0,
                hasSla && (resolved || resBreached) ? 1 : 0, hasSla && resolved && !resBreached ? 1 : 0,
                resolved || reopens > 0 ? 1 : 0, reopens > 0 ? 1 : 0, l1 ? 1 : 0, l1 && (l2 || l3) ? 1 : 0, l2 ? 1 : 0,
                l2 && l3 ? 1 : 0, resolved && replies > 0 ? 1 : 0, rs.getBoolean(23) ? 1 : 0, rs.getBoolean(24) ? 1 : 0,
                rs.getInt(27), rs.getInt(28)};
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static int bucketOf(long seconds) {
        return (int) Math.floor(BUCKETS_PER_E * Math.log1p(seconds / 60.0));
    }

    /** The midpoint of a histogram bucket, in seconds. */
    static double bucketMiddleSeconds(int bucket) {
        double low = Math.expm1((double) bucket / BUCKETS_PER_E);
        double high = Math.expm1((double) (bucket + 1) / BUCKETS_PER_E);
        return (low + high) / 2 * 60;
    }
}
