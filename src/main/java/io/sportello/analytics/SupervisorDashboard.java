package io.sportello.analytics;

import io.sportello.workflow.WorkItems;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervisor's live dashboard shows, read with a handful of indexed queries over the open tickets (a few
 * thousand even on a peak day), the claimed tasks and the waiting chats.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorDashboard {

    /** How far ahead "breaching soon" looks. */
    public static final Duration HORIZON = Duration.ofHours(1);
    private static final int LIST_LIMIT = 50;
    private static final String OPEN = "t.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER')";
    /** The SLA target at stake: the first response while none was given, the resolution otherwise. */
    private static final String DUE = "case when t.first_response_at is null and t.first_response_due < t.resolution_due "
            + "then t.first_response_due else t.resolution_due end";
    private static final String TARGET = "case when t.first_response_at is null and t.first_response_due < t.resolution_due "
            + "then 'FIRST_RESPONSE' else 'RESOLUTION' end";

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkItems workItems;
    private final Clock clock;
    private final Reports reports;

    SupervisorDashboard(NamedParameterJdbcTemplate jdbc, WorkItems workItems, Clock clock, Reports reports) {
        this.jdbc = jdbc;
        this.workItems = workItems;
        this.clock = clock;
        this.reports = reports;
    }

    public DeskSnapshot snapshot() {
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("now", Timestamp.from(now))
                .addValue("horizon", Timestamp.from(now.plus(HORIZON)))
                .addValue("today", Timestamp.from(LocalDate.ofInstant(now, reports.zone()).atStartOfDay(reports.zone()).toInstant()));
        List<DeskSnapshot.OpenCount> open = jdbc.query("select t.tier, t.status, count(*) as n from ticket t where " + OPEN
                        + " group by t.tier, t.status order by t.tier, t.status", params,
                (rs, i) -> new DeskSnapshot.OpenCount(rs.getString("tier"), rs.getString("status"), rs.getLong("n")));

        String soon = OPEN + " and not t.sla_paused and " + DUE + " > :now and " + DUE + " <= :horizon";
        String late = OPEN + " and not t.sla_paused and (t.sla_breached or " + DUE + " <= :now)";
        List<DeskSnapshot.SlaTicket> breachingSoon = slaTickets(soon, params);
        List<DeskSnapshot.SlaTicket> breached = slaTickets(late, params);
        long soonTotal = count(soon, params);
        long lateTotal = count(late, params);

        Map<String, Long> resolvedToday = new HashMap<>();
        jdbc.query("select f.agent, count(*) as n from ticket_fact f where f.resolved_at >= :today and f.agent is not null "
                + "group by f.agent", params, rs -> {
            resolvedToday.put(rs.getString("agent"), rs.getLong("n"));
        });
        Object[] chats = jdbc.queryForObject("select count(*) as n, min(c.started_at) as oldest from chat_session c "
                + "where c.status = 'WAITING'", params, (rs, i) -> new Object[]{rs.getLong("n"), rs.getTimestamp("oldest")});
        Timestamp oldest = (Timestamp) chats[1];
        return new DeskSnapshot(now, open, breachingSoon, soonTotal, breached, lateTotal, workItems.claimedPerAssignee(),
                resolvedToday, (Long) chats[0], oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
    }

    private List<DeskSnapshot.SlaTicket> slaTickets(String where, MapSqlParameterSource params) {
        return jdbc.query("select t.number, t.subject, t.tier, t.priority, t.channel, t.assignee, " + TARGET + " as target, "
                        + DUE + " as due from ticket t where " + where + " order by due fetch first " + LIST_LIMIT + " rows only",
                params, (rs, i) -> new DeskSnapshot.SlaTicket(rs.getString("number"), rs.getString("subject"),
                        rs.getString("tier"), rs.getString("priority"), rs.getString("channel"), rs.getString("assignee"),
                        rs.getString("target"), rs.getTimestamp("due").toInstant()));
    }

    private long count(String where, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*) from ticket t where " + where, params, Long.class);
        return n == null ? 0 : n;
    }
}
