package io.sportello.analytics;

import io.sportello.intake.LiveChat;
import io.sportello.ticket.OpenTickets;
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
 * thousand even on a peak day, asked of the ticket module), the claimed tasks, the waiting chats and today's facts.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorDashboard {

    /** How far ahead "breaching soon" looks. */
    public static final Duration HORIZON = Duration.ofHours(1);
    private static final int LIST_LIMIT = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final OpenTickets openTickets;
    private final WorkItems workItems;
    private final LiveChat chats;
    private final Clock clock;
    private final Reports reports;

    SupervisorDashboard(NamedParameterJdbcTemplate jdbc, OpenTickets openTickets, WorkItems workItems, LiveChat chats,
                        Clock clock, Reports reports) {
        this.jdbc = jdbc;
        this.openTickets = openTickets;
        this.workItems = workItems;
        this.chats = chats;
        this.clock = clock;
        this.reports = reports;
    }

    public DeskSnapshot snapshot() {
        Instant now = clock.instant();
        List<DeskSnapshot.OpenCount> open = openTickets.countsByTierAndStatus().stream()
                .map(c -> new DeskSnapshot.OpenCount(c.tier().name(), c.status().name(), c.tickets())).toList();
        OpenTickets.Listing soon = openTickets.dueBetween(now, now.plus(HORIZON), LIST_LIMIT);
        OpenTickets.Listing late = openTickets.late(now, LIST_LIMIT);

        Map<String, Long> resolvedToday = new HashMap<>();
        MapSqlParameterSource today = new MapSqlParameterSource("today", Timestamp.from(
                LocalDate.ofInstant(now, reports.zone()).atStartOfDay(reports.zone()).toInstant()));
        jdbc.query("select f.agent, count(*) as n from ticket_fact f where f.resolved_at >= :today and f.agent is not null "
                + "group by f.agent", today, rs -> {
            resolvedToday.put(rs.getString("agent"), rs.getLong("n"));
        });
        LiveChat.Waiting waiting = chats.waitingNow();
        return new DeskSnapshot(now, open, slaTickets(soon), soon.total(), slaTickets(late), late.total(),
                workItems.claimedPerAssignee(), resolvedToday, waiting.chats(),
                waiting.longestSince() == null ? Duration.ZERO : Duration.between(waiting.longestSince(), now));
    }

    private static List<DeskSnapshot.SlaTicket> slaTickets(OpenTickets.Listing listing) {
        return listing.first().stream().map(t -> new DeskSnapshot.SlaTicket(t.number(), t.subject(), t.tier().name(),
                t.priority().name(), t.channel().name(), t.assignee(), t.target(), t.due())).toList();
    }
}
