package io.sportello.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tickets as live views read them (the supervisor's dashboard): how many per tier and status, and which
 * SLA target is at stake when — a handful of indexed queries over the ticket table, whose only reader this is.
 */
@Service
@Transactional(readOnly = true)
public class OpenTickets {

    private static final String OPEN = "t.status in ('NEW', 'OPEN', 'PENDING_CUSTOMER')";
    /** The SLA target at stake: the first response while none was given, the resolution otherwise. */
    private static final String DUE = "case when t.first_response_at is null and t.first_response_due < t.resolution_due "
            + "then t.first_response_due else t.resolution_due end";
    private static final String TARGET = "case when t.first_response_at is null and t.first_response_due < t.resolution_due "
            + "then 'FIRST_RESPONSE' else 'RESOLUTION' end";
    private static final String DUE_BETWEEN = OPEN + " and not t.sla_paused and " + DUE + " > :from and " + DUE + " <= :until";
    private static final String LATE = OPEN + " and not t.sla_paused and (t.sla_breached or " + DUE + " <= :now)";

    /** Open tickets of one tier in one status. */
    public record Count(Tier tier, TicketStatus status, long tickets) {
    }

    /** An open ticket and the SLA target at stake ({@code FIRST_RESPONSE} or {@code RESOLUTION}), due at {@code due}. */
    public record AtStake(String number, String subject, Tier tier, Priority priority, io.sportello.shared.Channel channel,
                          String assignee, String target, Instant due) {
    }

    /** The first {@code limit} tickets of a list, soonest due first, and how many the whole list has. */
    public record Listing(List<AtStake> first, long total) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    OpenTickets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Count> countsByTierAndStatus() {
        return jdbc.query("select t.tier, t.status, count(*) as n from ticket t where " + OPEN
                        + " group by t.tier, t.status order by t.tier, t.status", new MapSqlParameterSource(),
                (rs, i) -> new Count(Tier.valueOf(rs.getString("tier")), TicketStatus.valueOf(rs.getString("status")),
                        rs.getLong("n")));
    }

    /** Running SLA targets that fall due after {@code from}, until {@code until}. */
    public Listing dueBetween(Instant from, Instant until, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", Timestamp.from(from))
                .addValue("until", Timestamp.from(until));
        return listing(DUE_BETWEEN, params, limit);
    }

    /** Running SLA targets already missed at {@code now}. */
    public Listing late(Instant now, int limit) {
        return listing(LATE, new MapSqlParameterSource().addValue("now", Timestamp.from(now)), limit);
    }

    private Listing listing(String where, MapSqlParameterSource params, int limit) {
        List<AtStake> first = jdbc.query("select t.number, t.subject, t.tier, t.priority, t.channel, t.assignee, " + TARGET
                        + " as target, " + DUE + " as due from ticket t where " + where + " order by due fetch first "
                        + Math.max(1, limit) + " rows only", params,
                (rs, i) -> new AtStake(rs.getString("number"), rs.getString("subject"), Tier.valueOf(rs.getString("tier")),
                        Priority.valueOf(rs.getString("priority")),
                        io.sportello.shared.Channel.valueOf(rs.getString("channel")), rs.getString("assignee"),
                        rs.getString("target"), rs.getTimestamp("due").toInstant()));
        Long total = jdbc.queryForObject("select count(*) from ticket t where " + where, params, Long.class);
        return new Listing(first, total == null ? 0 : total);
    }

    /** Ticket ids after {@code afterId}, ascending: for modules that build something for every ticket once. */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.queryForList("select t.id from ticket t where t.id > :after order by t.id fetch first "
                + Math.max(1, limit) + " rows only", new MapSqlParameterSource("after", afterId), Long.class);
    }
}
