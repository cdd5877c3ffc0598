package io.sportello.analytics;

import io.sportello.sla.BusinessCalendars;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every report the desk has: SQL aggregation over the ticket facts, or for periods longer than two months over their
 * daily roll-ups ({@link ReportRollups}) — nothing is loaded into memory row by row. What each
 * number means is written in {@code src/docs/metrics.md}.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** Age classes of the open backlog, upper bounds (the last class is open-ended). */
    public static final List<Duration> AGE_BOUNDS = List.of(Duration.ofHours(4), Duration.ofHours(24),
            Duration.ofDays(3), Duration.ofDays(7));

    private static final String METRICS = """
            count(*) as created,
            count(f.first_response_sec) as responded,
            avg(cast(f.first_response_sec as double precision)) as fr_mean,
            percentile_cont(0.5) within group (order by f.first_response_sec) as fr_median,
            percentile_cont(0.9) within group (order by f.first_response_sec) as fr_p90,
            avg(cast(f.first_response_bsec as double precision)) as frb_mean,
            percentile_cont(0.5) within group (order by f.first_response_bsec) as frb_median,
            percentile_cont(0.9) within group (order by f.first_response_bsec) as frb_p90,
            count(f.resolution_sec) as resolved,
            avg(cast(f.resolution_sec as double precision)) as res_mean,
            percentile_cont(0.5) within group (order by f.resolution_sec) as res_median,
            percentile_cont(0.9) within group (order by f.resolution_sec) as res_p90,
            avg(cast(f.resolution_bsec as double precision)) as resb_mean,
            percentile_cont(0.5) within group (order by f.resolution_bsec) as resb_median,
            percentile_cont(0.9) within group (order by f.resolution_bsec) as resb_p90,
            sum(case when f.resolution_sec is not null and f.paused_sec > 0 then 1 else 0 end) as paused_n,
            avg(case when f.resolution_sec is not null and f.paused_sec > 0 then cast(f.paused_sec as double precision) end) as paused_mean,
            sum(case when f.survey_sent then 1 else 0 end) as surveys_sent,
            count(f.csat_score) as surveys_answered,
            sum(case when f.csat_score >= 4 then 1 else 0 end) as satisfied,
            sum(case when f.has_sla and (f.first_response_at is not null or f.fr_breached) then 1 else 0 end) as fr_decided,
            sum(case when f.has_sla and f.first_response_at is not null and not f.fr_breached then 1 else 0 end) as fr_met,
            sum(case when f.has_sla and (f.resolved_at is not null or f.res_breached) then 1 else 0 end) as res_decided,
            sum(case when f.has_sla and f.resolved_at is not null and not f.res_breached then 1 else 0 end) as res_met,
            sum(case when f.resolved_at is not null or f.reopen_count > 0 then 1 else 0 end) as ever_resolved,
            sum(case when f.reopen_count > 0 then 1 else 0 end) as reopened,
            sum(case when f.reached_l1 then 1 else 0 end) as reached_l1,
            sum(case when f.reached_l1 and (f.reached_l2 or f.reached_l3) then 1 else 0 end) as escalated_l1,
            sum(case when f.reached_l2 then 1 else 0 end) as reached_l2,
            sum(case when f.reached_l2 and f.reached_l3 then 1 else 0 end) as escalated_l2,
            sum(case when f.resolved_at is not null and f.agent_replies > 0 then 1 else 0 end) as resolved_by_agent,
            sum(case when f.first_contact then 1 else 0 end) as first_contact,
            sum(case when f.self_service then 1 else 0 end) as self_service,
            sum(f.chats) as chats, sum(f.chats_abandoned) as chats_abandoned
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final RollupReports rollups;

    Reports(NamedParameterJdbcTemplate jdbc, BusinessCalendars calendars, Clock clock, RollupReports rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The desk's time zone: report dates, hours and weekdays are local to it. */
    public ZoneId zone() {
        return calendars.standard().zone();
    }

    /** Today in the desk's time zone, by the desk clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** All metrics of the tickets the filter selects. */
    public Metrics summary(ReportFilter filter) {
        List<Metrics> rows = metrics(filter, null);
        return rows.isEmpty() ? Metrics.empty(null) : rows.get(0);
    }

    /** The metrics of the period and of the period it is compared with (null for {@link Comparison#NONE}). */
    public Compared compare(ReportFilter filter, Comparison comparison) {
        LocalDate[] other = comparison.of(filter.from(), filter.to());
        return new Compared(summary(filter), other == null ? null : summary(filter.withPeriod(other[0], other[1])),
                comparison, other == null ? null : other[0], other == null ? null : other[1]);
    }

    /** A period's metrics and those of the period it is compared with. */
    public record Compared(Metrics current, Metrics previous, Comparison comparison, LocalDate previousFrom,
                           LocalDate previousTo) {
    }

    /** The metrics per value of {@code by} (tickets without an agent are one group with key null), biggest first. */
    public List<Metrics> breakdown(ReportFilter filter, Dimension by) {
        return metrics(filter, Objects.requireNonNull(by));
    }

    /** One point per day of the period (days without tickets included, as zeros). */
    public List<DailyPoint> daily(ReportFilter filter) {
        String dim = rollups.dimension(filter, null, false);
        if (dim != null) {
            return rollups.daily(filter, dim);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        Map<LocalDate, DailyPoint> byDay = new HashMap<>();
        jdbc.query("""
                select f.created_date as d, count(*) as created, count(f.resolution_sec) as resolved,
                  count(f.first_response_sec) as responded,
                  percentile_cont(0.5) within group (order by f.first_response_bsec) as frb_median,
                  count(f.csat_score) as answered, sum(case when f.csat_score >= 4 then 1 else 0 end) as satisfied
                from ticket_fact f where %s group by f.created_date""".formatted(where), params, rs -> {
            LocalDate day = rs.getObject("d", LocalDate.class);
            byDay.put(day, new DailyPoint(day, rs.getLong("created"), rs.getLong("resolved"), rs.getLong("responded"),
                    number(rs, "frb_median"), rs.getLong("answered"), rs.getLong("satisfied")));
        });
        List<DailyPoint> points = new ArrayList<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            points.add(byDay.getOrDefault(d, new DailyPoint(d, 0, 0, 0, null, 0, 0)));
        }
        return points;
    }

    /**
     * The self-service assistant in a period: the conversations it held, those it resolved without a person (its
     * deflection rate), and the satisfaction of its tickets against those agents resolved (share of 4–5 answers).
     */
    public AssistantFigures assistant(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        return jdbc.queryForObject("""
                select sum(case when f.assistant then 1 else 0 end) as held,
                  sum(case when f.assistant_resolved then 1 else 0 end) as resolved,
                  sum(case when f.assistant_resolved and f.csat_score is not null then 1 else 0 end) as bot_answered,
                  sum(case when f.assistant_resolved and f.csat_score >= 4 then 1 else 0 end) as bot_satisfied,
                  sum(case when f.resolution_sec is not null and f.agent_replies > 0 and f.csat_score is not null
                      then 1 else 0 end) as agent_answered,
                  sum(case when f.resolution_sec is not null and f.agent_replies > 0 and f.csat_score >= 4
                      then 1 else 0 end) as agent_satisfied
                from ticket_fact f where %s""".formatted(where), params, (rs, i) -> new AssistantFigures(
                rs.getLong("held"), rs.getLong("resolved"), rs.getLong("bot_answered"), rs.getLong("bot_satisfied"),
                rs.getLong("agent_answered"), rs.getLong("agent_satisfied")));
    }

    /** See {@link #assistant}. */
    public record AssistantFigures(long held, long resolvedByAssistant, long assistantSurveys, long assistantSatisfied,
                                   long agentSurveys, long agentSatisfied) {
        /** Of the conversations the assistant held, the share it resolved without a person. */
        public Double deflectionRate() {
            return Metrics.rate(resolvedByAssistant, held);
        }

        public Double assistantCsat() {
            return Metrics.rate(assistantSatisfied, assistantSurveys);
        }

        public Double agentCsat() {
            return Metrics.rate(agentSatisfied, agentSurveys);
        }
    }

    /** Tickets created on one day: how many, resolved so far, answered, median business first response, CSAT counts. */
    public record DailyPoint(LocalDate day, long created, long resolved, long responded, Double firstResponseBusinessMedian,
                             long surveysAnswered, long satisfied) {
        public Double csat() {
            return Metrics.rate(satisfied, surveysAnswered);
        }
    }

    /** Tickets created per weekday (1 = Monday … 7 = Sunday) and hour of day (0–23), every cell present. */
    public List<HeatCell> volumeByHour(ReportFilter filter) {
        long[][] counts = "ALL".equals(rollups.dimension(filter, null, false)) ? rollups.volumeByHour(filter)
                : volumeFromFacts(filter);
        List<HeatCell> cells = new ArrayList<>(7 * 24);
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                cells.add(new HeatCell(d + 1, h, counts[d][h]));
            }
        }
        return cells;
    }

    private long[][] volumeFromFacts(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        long[][] counts = new long[7][24];
        jdbc.query("""
                select f.created_dow as dow, f.created_hour as h, count(*) as n from ticket_fact f where %s
                group by f.created_dow, f.created_hour""".formatted(where), params,
                rs -> {
                    counts[rs.getInt("dow") - 1][rs.getInt("h")] = rs.getLong("n");
                });
        return counts;
    }

    public record HeatCell(int dayOfWeek, int hour, long tickets) {
    }

    /**
     * The open backlog now, per value of {@code by} (or as one line when null), split by age since creation into
     * {@link #AGE_BOUNDS}; the filter's period is ignored (a backlog is a state, not a flow), its other fields apply.
     */
    public List<BacklogLine> backlog(ReportFilter filter, Dimension by) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = dimensionFilters(filter, params, new StringBuilder("f.is_open")).toString();
        Instant now = clock.instant();
        StringBuilder buckets = new StringBuilder();
        for (int i = 0; i < AGE_BOUNDS.size(); i++) {
            params.addValue("b" + i, Timestamp.from(now.minus(AGE_BOUNDS.get(i))));
            String lower = i == 0 ? "" : " and f.created_at <= :b" + (i - 1);
            buckets.append(", sum(case when f.created_at > :b").append(i).append(lower).append(" then 1 else 0 end) as a").append(i);
        }
        buckets.append(", sum(case when f.created_at <= :b").append(AGE_BOUNDS.size() - 1).append(" then 1 else 0 end) as a")
                .append(AGE_BOUNDS.size());
        String key = by == null ? "'*'" : "f." + by.column;
        List<BacklogLine> lines = new ArrayList<>();
        jdbc.query("""
                select %s as k, count(*) as n, min(f.created_at) as oldest %s from ticket_fact f where %s %s"""
                .formatted(key, buckets, where, by == null ? "" : "group by f." + by.column), params, rs -> {
            long[] ages = new long[AGE_BOUNDS.size() + 1];
            for (int i = 0; i < ages.length; i++) {
                ages[i] = rs.getLong("a" + i);
            }
            Timestamp oldest = rs.getTimestamp("oldest");
            long open = rs.getLong("n");
            if (open > 0) {
                lines.add(new BacklogLine(by == null ? null : rs.getString("k"), open, ages,
                        oldest == null ? null : Duration.between(oldest.toInstant(), now)));
            }
        });
        lines.sort((a, b) -> Long.compare(b.open(), a.open()));
        return lines;
    }

    /** Open tickets of one group, how many per age class ({@link #AGE_BOUNDS}), and the oldest one's age. */
    public record BacklogLine(String key, long open, long[] byAge, Duration oldest) {
    }

    private List<Metrics> metrics(ReportFilter filter, Dimension by) {
        String dim = rollups.dimension(filter, by, true);
        if (dim != null) {
            List<Metrics> rows = rollups.metrics(filter, dim, by != null);
            return by == null && rows.isEmpty() ? List.of(Metrics.empty(null)) : rows;
        }
        return fromFacts(filter, by);
    }

    /** The metrics straight from the facts (exact percentiles); package-private so tests compare both ways. */
    List<Metrics> fromFacts(ReportFilter filter, Dimension by) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String key = by == null ? "'*'" : "f." + by.column;
        Map<String, Metrics> rows = new LinkedHashMap<>();
        jdbc.query("select %s as k, %s from ticket_fact f where %s %s".formatted(key, METRICS, where,
                by == null ? "" : "group by f." + by.column), params, rs -> {
            String k = by == null ? null : rs.getString("k");
            rows.put(k, read(rs, k));
        });
        if (by == null && rows.isEmpty()) {
            rows.put(null, Metrics.empty(null));
        }
        List<Metrics> list = new ArrayList<>(rows.values());
        if (by != null) {
            list.sort((a, b) -> Long.compare(b.created(), a.created()));
        }
        return list;
    }

    private String where(ReportFilter filter, MapSqlParameterSource params) {
        params.addValue("from", filter.from());
        params.addValue("to", filter.to());
        return dimensionFilters(filter, params, new StringBuilder("f.created_date between :from and :to")).toString();
    }

    private static StringBuilder dimensionFilters(ReportFilter filter, MapSqlParameterSource params, StringBuilder where) {
        add(where, params, "channel", filter.channel() == null ? null : filter.channel().name());
        add(where, params, "category", filter.category() == null ? null : filter.category().name());
        add(where, params, "priority", filter.priority() == null ? null : filter.priority().name());
        add(where, params, "tier", filter.tier() == null ? null : filter.tier().name());
        add(where, params, "agent", filter.agent());
        return where;
    }

    private static void add(StringBuilder where, MapSqlParameterSource params, String column, String value) {
        if (value != null) {
            where.append(" and f.").append(column).append(" = :").append(column);
            params.addValue(column, value);
        }
    }

    private static Metrics read(ResultSet rs, String key) throws SQLException {
        return new Metrics(key, rs.getLong("created"),
                rs.getLong("responded"), number(rs, "fr_mean"), number(rs, "fr_median"), number(rs, "fr_p90"),
                number(rs, "frb_mean"), number(rs, "frb_median"), number(rs, "frb_p90"),
                rs.getLong("resolved"), number(rs, "res_mean"), number(rs, "res_median"), number(rs, "res_p90"),
                number(rs, "resb_mean"), number(rs, "resb_median"), number(rs, "resb_p90"),
                rs.getLong("paused_n"), number(rs, "paused_mean"),
                rs.getLong("surveys_sent"), rs.getLong("surveys_answered"), rs.getLong("satisfied"),
                rs.getLong("fr_decided"), rs.getLong("fr_met"), rs.getLong("res_decided"), rs.getLong("res_met"),
                rs.getLong("ever_resolved"), rs.getLong("reopened"),
                rs.getLong("reached_l1"), rs.getLong("escalated_l1"), rs.getLong("reached_l2"), rs.getLong("escalated_l2"),
                rs.getLong("resolved_by_agent"), rs.getLong("first_contact"), rs.getLong("self_service"),
                rs.getLong("chats"), rs.getLong("chats_abandoned"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
