package io.sportello.analytics;

import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.survey.Survey;
import io.sportello.survey.SurveyService;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent's own results over a period — tickets handled and resolved, first-response and resolution times on
 * business hours, CSAT with every answer and its comment — beside the median of their team (the agents of the same
 * tiers). Who may read them is decided here, for every screen and endpoint: the agent themselves and supervisors.
 */
@Service
@Transactional(readOnly = true)
public class AgentResults {

    /** One answered survey of a ticket the agent handled. */
    public record Answer(String ticketNumber, String subject, int score, String comment, Instant answeredAt) {
    }

    /**
     * The team's median of each figure over the agents who handled anything in the period; all null when fewer than
     * {@link #MIN_TEAM} did.
     */
    public record TeamMedian(int agents, Double handled, Double resolved, Double firstResponseBusinessMedian,
                             Double resolutionBusinessMedian, Double csat) {
    }

    public record Result(String agent, String displayName, LocalDate from, LocalDate to, Metrics mine,
                         TeamMedian team, List<Answer> answers) {
    }

    private static final int MAX_ANSWERS = 200;
    /** Below this many agents with tickets a median would show a colleague's own figures: it is left out. */
    public static final int MIN_TEAM = 3;
    public static final int MAX_DAYS = 366;

    private final Reports reports;
    private final NamedParameterJdbcTemplate jdbc;
    private final UserAccountService accounts;
    private final SurveyService surveys;
    private final TicketService tickets;

    AgentResults(Reports reports, NamedParameterJdbcTemplate jdbc, UserAccountService accounts, SurveyService surveys,
                 TicketService tickets) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.surveys = surveys;
        this.tickets = tickets;
    }

    /** Today on the desk's clock, in the desk's zone: where a default period ends. */
    public LocalDate today() {
        return reports.today();
    }

    /** Whether {@code viewer} may read {@code agent}'s results: their own, or anybody's for a supervisor. */
    public static boolean mayRead(SportelloUser viewer, String agent) {
        return viewer != null && (viewer.getUsername().equals(agent) || viewer.hasRole(Role.SUPERVISOR));
    }

    /** The agents a viewer may pick: themselves, or for a supervisor every agent. */
    public List<UserAccount> readableBy(SportelloUser viewer) {
        if (!viewer.hasRole(Role.SUPERVISOR)) {
            return accounts.all().stream().filter(a -> a.getUsername().equals(viewer.getUsername())).toList();
        }
        return accounts.all().stream().filter(a -> a.getGivenRoles().contains(Role.AGENT)).toList();
    }

    public Result of(SportelloUser viewer, String agent, LocalDate from, LocalDate to) {
        if (!mayRead(viewer, agent)) {
            throw new AccessDeniedException("Only " + agent + " and supervisors see " + agent + "'s results");
        }
        if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new io.sportello.shared.FieldException("from", "A period starts before it ends and covers at most "
                    + MAX_DAYS + " days");
        }
        UserAccount account = accounts.all().stream().filter(a -> a.getUsername().equals(agent)).findFirst()
                .orElseThrow(() -> new io.sportello.shared.NotFoundException("Agent", agent));
        ReportFilter period = new ReportFilter(from, to, null, null, null, null, null);
        Map<String, Metrics> byAgent = reports.breakdown(period, Dimension.AGENT).stream()
                .filter(m -> m.key() != null).collect(Collectors.toMap(Metrics::key, Function.identity()));
        Metrics mine = byAgent.getOrDefault(agent, Metrics.empty(agent));
        Set<String> tiers = account.getGroups().stream().filter(g -> g.startsWith("tier")).collect(Collectors.toSet());
        List<Metrics> team = accounts.all().stream()
                .filter(a -> a.getGivenRoles().contains(Role.AGENT) && a.getGroups().stream().anyMatch(tiers::contains))
                .map(a -> byAgent.get(a.getUsername())).filter(Objects::nonNull).toList();
        return new Result(agent, account.getDisplayName(), from, to, mine, median(team), answers(agent, from, to));
    }

    private List<Answer> answers(String agent, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("agent", agent).addValue("from", from)
                .addValue("to", to);
        List<Long> ids = jdbc.queryForList("""
                select f.ticket_id from ticket_fact f where f.agent = :agent and f.created_date between :from and :to
                and f.csat_score is not null""", params, Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Ticket> byId = tickets.getAll(ids).stream().collect(Collectors.toMap(Ticket::getId, t -> t));
        List<Answer> answers = new ArrayList<>();
        for (Survey s : surveys.answeredOf(ids)) {
            Ticket t = byId.get(s.getTicketId());
            if (t != null && answers.size() < MAX_ANSWERS) {
                answers.add(new Answer(t.getNumber(), t.getSubject(), s.getScore(), s.getComment(), s.getAnsweredAt()));
            }
        }
        return answers;
    }

    private static TeamMedian median(Collection<Metrics> team) {
        if (team.size() < MIN_TEAM) {
            return new TeamMedian(team.size(), null, null, null, null, null);
        }
        return new TeamMedian(team.size(), median(team, m -> m.created()), median(team, m -> m.resolvedByAgent()),
                medianOf(team, Metrics::firstResponseBusinessMedian), medianOf(team, Metrics::resolutionBusinessMedian),
                medianOf(team, Metrics::csat));
    }

    private static Double median(Collection<Metrics> team, ToDoubleFunction<Metrics> figure) {
        return medianOf(team, m -> figure.applyAsDouble(m));
    }

    private static Double medianOf(Collection<Metrics> team, Function<Metrics, Double> figure) {
        List<Double> values = team.stream().map(figure).filter(Objects::nonNull).sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }
}
