package io.sportello.routing;

import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Channel;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.Decisions;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives handling tasks to agents. For each waiting task the {@code routing-policy} decision table (edited by process
 * owners) says whether to push it and how: the eligible agents are the online members of the task's team, with the
 * ticket's skill and language when the rule asks; among them those with room on the ticket's channel, the most
 * room first, then the least loaded or the longest without a routed ticket. An agent who frees up or comes online
 * is given the most SLA-urgent tasks they may take, up to their capacity.
 *
 * <p>Capacity holds across threads and nodes: each assignment runs in its own transaction that locks the agent's
 * profile row, counts what they hold after the lock, and assigns through the engine, whose revision check lets only
 * one of two simultaneous assignments of a task succeed. Every assignment records its reason — the rule, what the
 * ticket said, how many were considered and who — in the ticket's history, which the audit timeline shows.
 */
@Service
public class TaskRouter {

    public static final String DECISION = "routing-policy";
    public static final String ROUTED = "ROUTED";
    public static final String NEXT_TICKET = "NEXT_TICKET";
    public static final String AGENT_AWAY = "AGENT_AWAY";
    private static final int PAGE = 200;
    private static final int MAX_SCAN = 10_000;
    private static final int ATTEMPTS = 4;
    private static final Logger log = LoggerFactory.getLogger(TaskRouter.class);

    /** What the decision table said for one ticket. */
    public record Decision(boolean push, boolean requireSkill, boolean requireLanguage, boolean roundRobin, String rule) {

        static final Decision PULL = new Decision(false, false, false, false, "no rule matched: the queue");
    }

    /** What "next ticket" found. */
    public record Next(Optional<WorkItem> item, Why why) {

        public enum Why { ASSIGNED, NOTHING_WAITING, AT_CAPACITY, NOT_ONLINE }
    }

    /**
     * An agent as routing sees them at one moment, with their skills, languages and capacities read once (the
     * profile keeps them as text; sorting 200 agents would otherwise parse them at every comparison).
     */
    private static final class Agent {
        final String username;
        final String displayName;
        final Set<String> groups;
        final AgentProfile profile;
        final Map<String, Integer> skills;
        final Set<String> languages;
        final Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        final Map<Channel, Integer> load = new EnumMap<>(Channel.class);
        int total;

        Agent(UserAccount account, AgentProfile profile) {
            this.username = account.getUsername();
            this.displayName = account.getDisplayName();
            this.groups = account.getGroups();
            this.profile = profile;
            this.skills = profile.getSkills();
            this.languages = profile.getLanguages();
            for (Channel channel : Channel.values()) {
                capacity.put(channel, AgentProfiles.capacity(profile, channel));
            }
        }

        int free(Channel channel) {
            return capacity.get(channel) - load.getOrDefault(channel, 0);
        }

        void took(Channel channel) {
            load.merge(channel, 1, Integer::sum);
            total++;
        }
    }

    private final WorkItems workItems;
    private final TicketService tickets;
    private final Decisions decisions;
    private final AgentProfiles agentProfiles;
    private final AgentProfileRepository profiles;
    private final UserAccountService accounts;
    private final RoutingProperties properties;
    private final TransactionTemplate attempt;
    private final Clock clock;
    private final RoutingPinRepository pins;

    TaskRouter(WorkItems workItems, TicketService tickets, Decisions decisions, AgentProfiles agentProfiles,
               AgentProfileRepository profiles, UserAccountService accounts, RoutingProperties properties,
               PlatformTransactionManager transactionManager, Clock clock, RoutingPinRepository pins) {
        this.pins = pins;
        this.workItems = workItems;
        this.tickets = tickets;
        this.decisions = decisions;
        this.agentProfiles = agentProfiles;
        this.profiles = profiles;
        this.accounts = accounts;
        this.properties = properties;
        this.attempt = new TransactionTemplate(transactionManager);
        this.attempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What the routing policy says for a ticket. */
    public Decision decide(Ticket ticket) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("tier", ticket.getTier().name());
        inputs.put("category", ticket.getCategory().name());
        inputs.put("channel", ticket.getChannel().name());
        inputs.put("priority", ticket.getPriority().name());
        inputs.put("skill", ticket.getSkill());
        return decisions.first(DECISION, inputs).map(out -> new Decision(
                "PUSH".equalsIgnoreCase(String.valueOf(out.get("mode"))),
                Boolean.TRUE.equals(out.get("requireSkill")),
                Boolean.TRUE.equals(out.get("requireLanguage")),
                "ROUND_ROBIN".equalsIgnoreCase(String.valueOf(out.get("strategy"))),
                out.get("rule") == null ? "" : out.get("rule").toString())).orElse(Decision.PULL);
    }

    /** Pushes one waiting task to the best agent for it, if its rule pushes and somebody has room. */
    public Optional<String> route(String taskId) {
        return route(taskId, null);
    }

    /**
     * Pushes a waiting task, leaving out {@code notTo}: who just gave it back does not get it again at once (they
     * can still take it themselves).
     */
    public Optional<String> route(String taskId, String notTo) {
        if (!properties.push()) {
            return Optional.empty();
        }
        WorkItem item = workItems.get(taskId).orElse(null);
        if (item == null || item.assignee() != null || !item.handlesTicket() || item.ticketId() == null) {
            return Optional.empty();
        }
        Ticket ticket = tickets.get(item.ticketId());
        Decision decision = decide(ticket);
        if (!decision.push()) {
            return Optional.empty();
        }
        Map<String, Agent> agents = onlineAgents();
        if (notTo != null) {
            agents.remove(notTo);
        }
        return route(item, ticket, decision, agents);
    }

    /**
     * Gives an agent who came online or freed up the most SLA-urgent waiting tasks they may take, each to whoever
     * the policy finds best for it, until the agent is full or nothing is left. Returns how many the agent got.
     */
    public int fill(String username) {
        if (!properties.push()) {
            return 0;
        }
        Map<String, Agent> agents = onlineAgents();
        Agent agent = agents.get(username);
        if (agent == null) {
            return 0;
        }
        int given = 0;
        Map<List<Object>, Decision> decided = new HashMap<>();
        Worker scope = new Worker(username, agent.displayName, agent.groups, false);
        int skip = 0;
        for (int scanned = 0; scanned < MAX_SCAN && java.util.Arrays.stream(Channel.values()).anyMatch(c -> agent.free(c) > 0); ) {
            List<WorkItem> page = workItems.list(scope, WorkItemScope.MY_GROUPS, skip, PAGE);
            if (page.isEmpty()) {
                break;
            }
            scanned += page.size();
            Map<Long, Ticket> byId = ticketsOf(page);
            int assignedOnPage = 0;
            for (WorkItem item : page) {
                Ticket ticket = byId.get(item.ticketId());
                if (!item.handlesTicket() || ticket == null || agent.free(ticket.getChannel()) <= 0) {
                    continue;
                }
                Decision decision = decided.computeIfAbsent(List.of(ticket.getTier(), ticket.getCategory(),
                        ticket.getChannel(), ticket.getPriority(), String.valueOf(ticket.getSkill())), k -> decide(ticket));
                if (!decision.push() || !eligible(agent, item, ticket, decision)) {
                    continue;
                }
                Optional<String> to = route(item, ticket, decision, agents);
                if (to.isPresent()) {
                    assignedOnPage++;
                    if (to.get().equals(username)) {
                        given++;
                    }
                }
            }
            // what was assigned left the waiting list: the next page starts that much earlier
            skip += page.size() - assignedOnPage;
        }
        return given;
    }

    /**
     * "Next ticket": the most SLA-urgent waiting task of the agent's teams that they may take (skill and language as
     * its rule asks) and have room for, assigned to them.
     */
    public Next next(String username) {
        Map<String, Agent> agents = onlineAgents();
        Agent agent = agents.get(username);
        if (agent == null) {
            AgentProfile profile = agentProfiles.profile(username);
            if (profile.getStatus() != AgentStatus.ONLINE) {
                return new Next(Optional.empty(), Next.Why.NOT_ONLINE);
            }
            return new Next(Optional.empty(), Next.Why.NOTHING_WAITING);
        }
        Worker worker = new Worker(username, agent.displayName, agent.groups, false);
        Map<List<Object>, Decision> decided = new HashMap<>();
        boolean fitting = false;
        int skip = 0;
        for (int scanned = 0; scanned < MAX_SCAN; ) {
            List<WorkItem> page = workItems.list(worker, WorkItemScope.MY_GROUPS, skip, PAGE);
            if (page.isEmpty()) {
                break;
            }
            scanned += page.size();
            Map<Long, Ticket> byId = ticketsOf(page);
            for (WorkItem item : page) {
                Ticket ticket = byId.get(item.ticketId());
                if (!item.handlesTicket() || ticket == null) {
                    continue;
                }
                Decision decision = decided.computeIfAbsent(List.of(ticket.getTier(), ticket.getCategory(),
                        ticket.getChannel(), ticket.getPriority(), String.valueOf(ticket.getSkill())), k -> decide(ticket));
                if (!fits(agent, ticket, decision)) {
                    continue;
                }
                fitting = true;
                if (agent.free(ticket.getChannel()) <= 0) {
                    continue;
                }
                HistoryReason why = HistoryReason.of(NEXT_TICKET, agent.displayName, ticket.getTier(),
                        dash(ticket.getSkill()), dash(ticket.getLanguage()),
                        HistoryReason.key("channel." + ticket.getChannel().name()),
                        agent.load.getOrDefault(ticket.getChannel(), 0), agent.capacity.get(ticket.getChannel()));
                if (assign(item, agent, ticket.getChannel(), why)) {
                    return new Next(workItems.get(item.id()), Next.Why.ASSIGNED);
                }
            }
            skip += page.size();
        }
        // something they may take is waiting, but they have no room on its channel
        return new Next(Optional.empty(), fitting ? Next.Why.AT_CAPACITY : Next.Why.NOTHING_WAITING);
    }

    /**
     * Moves on the work of everybody away, on a break or offline for longer than the grace period: each of their
     * handling tasks goes back to its team with the reason, and is routed again at once. Returns how many moved.
     */
    public int sweep() {
        Instant before = clock.instant().minus(properties.grace());
        int moved = 0;
        for (AgentProfile away : profiles.findByStatusNotAndStatusSinceBefore(AgentStatus.ONLINE, before)) {
            List<WorkItem> held = workItems.list(new Worker(away.getUsername(), away.getUsername(), Set.of(), false),
                    WorkItemScope.MINE, 0, 1000);
            for (WorkItem item : held) {
                try {
                    if (moveOn(item, away.getUsername(), before)) {
                        moved++;
                        route(item.id(), away.getUsername());
                    }
                } catch (RuntimeException e) {
                    // another node moved it first, or this one cannot move: the others still move on
                    log.warn("Could not move task {} of {} on: {}", item.id(), away.getUsername(), e.toString());
                }
            }
        }
        return moved;
    }

    /**
     * Gives one task of somebody away back to its team, if it still should go: a handling task of a ticket whose rule
     * pushes (what analysts pull stays theirs), not pinned to them, and — read under their row lock — they are still
     * not online since before {@code awaySince}.
     */
    private boolean moveOn(WorkItem item, String username, Instant awaySince) {
        if (!item.handlesTicket() || item.ticketId() == null || pinnedTo(item.ticketId(), username)) {
            return false;
        }
        if (!decide(tickets.get(item.ticketId())).push()) {
            return false;
        }
        return Boolean.TRUE.equals(attempt.execute(status -> {
            AgentProfile locked = profiles.lock(username).orElse(null);
            if (locked == null || locked.getStatus() == AgentStatus.ONLINE || locked.getStatusSince() == null
                    || !locked.getStatusSince().isBefore(awaySince)) {
                return false;
            }
            HistoryReason why = HistoryReason.of(AGENT_AWAY, accounts.displayName(username),
                    HistoryReason.key("routing.status." + locked.getStatus().name()), properties.grace().toMinutes());
            return workItems.releaseByRouting(item.id(), username, why);
        }));
    }

    /**
     * A supervisor moves a task to an agent of its team ({@link WorkItems#handOver}); pinned, it stays with them even
     * while they are away, until it is done or somebody moves it again.
     */
    public void move(String taskId, Worker supervisor, Worker to, boolean pin) {
        workItems.handOver(taskId, supervisor, to);
        Long ticketId = workItems.get(taskId).map(WorkItem::ticketId).orElse(null);
        if (ticketId == null) {
            return;
        }
        if (pin) {
            pins.save(new RoutingPin(ticketId, to.username(), supervisor.username(), clock.instant()));
        } else if (pins.existsById(ticketId)) {
            pins.deleteById(ticketId);
        }
    }

    /** Whether the ticket is pinned to this agent. */
    public boolean pinnedTo(Long ticketId, String username) {
        return pins.findById(ticketId).map(p -> p.getUsername().equals(username)).orElse(false);
    }

    private Optional<String> route(WorkItem item, Ticket ticket, Decision decision, Map<String, Agent> agents) {
        Channel channel = ticket.getChannel();
        List<Agent> team = agents.values().stream().filter(a -> a.groups.contains(item.candidateGroup())).toList();
        List<Agent> fitting = team.stream().filter(a -> fits(a, ticket, decision)).toList();
        List<Agent> candidates = new ArrayList<>(fitting.stream().filter(a -> a.free(channel) > 0).toList());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // most room on the channel first; among equals the rule's strategy, then the higher skill level
        Comparator<Agent> order = Comparator.comparingInt((Agent a) -> -a.free(channel));
        order = decision.roundRobin()
                ? order.thenComparing(a -> a.profile.getLastRoutedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                : order.thenComparingInt(a -> a.total);
        if (ticket.getSkill() != null) {
            order = order.thenComparingInt(a -> -a.skills.getOrDefault(ticket.getSkill(), 0));
        }
        candidates.sort(order.thenComparing(a -> a.username));
        String considered = candidates.stream().limit(5)
                .map(a -> a.displayName + " (" + a.free(channel) + "/" + a.capacity.get(channel) + ")")
                .collect(Collectors.joining(", ")) + (candidates.size() > 5 ? ", …" : "");
        for (Agent agent : candidates.subList(0, Math.min(ATTEMPTS, candidates.size()))) {
            HistoryReason why = HistoryReason.of(ROUTED, agent.displayName, decision.rule(), ticket.getTier(),
                    dash(ticket.getSkill()), dash(ticket.getLanguage()), HistoryReason.key("channel." + channel.name()),
                    team.size(), fitting.size(), candidates.size(), considered);
            if (assign(item, agent, channel, why)) {
                return Optional.of(agent.username);
            }
        }
        return Optional.empty();
    }

    /** Whether the agent may take the ticket at all (team aside): skill and language as the rule asks. */
    private static boolean fits(Agent agent, Ticket ticket, Decision decision) {
        if (decision.requireSkill() && ticket.getSkill() != null && !agent.skills.containsKey(ticket.getSkill())) {
            return false;
        }
        // somebody whose languages nobody described yet is not excluded for it
        return !decision.requireLanguage() || ticket.getLanguage() == null || agent.languages.isEmpty()
                || agent.languages.contains(ticket.getLanguage());
    }

    private static boolean eligible(Agent agent, WorkItem item, Ticket ticket, Decision decision) {
        return agent.groups.contains(item.candidateGroup()) && fits(agent, ticket, decision);
    }

    /**
     * One assignment in its own transaction: the agent's row locked, still online, their load on the channel counted
     * after the lock, the task assigned only if they have room and nobody took it. False on any of these, or when a
     * simultaneous assignment won.
     */
    private boolean assign(WorkItem item, Agent agent, Channel channel, HistoryReason why) {
        try {
            Boolean done = attempt.execute(status -> {
                AgentProfile locked = profiles.lock(agent.username).orElse(null);
                if (locked == null || locked.getStatus() != AgentStatus.ONLINE) {
                    return false;
                }
                long held = heldOn(agent.username, channel);
                if (held >= AgentProfiles.capacity(locked, channel)) {
                    agent.load.put(channel, (int) held);
                    return false;
                }
                if (!workItems.assignByRouting(item.id(), agent.username, why)) {
                    return false;
                }
                profiles.routed(agent.username, clock.instant());
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                agent.took(channel);
                return true;
            }
            return false;
        } catch (org.camunda.bpm.engine.OptimisticLockingException
                 | org.springframework.dao.ConcurrencyFailureException lost) {
            // another node or thread assigned the task first (the engine's revision check), or the agent's row was
            // busy beyond the lock timeout: the next candidate, or the next event, takes it from here
            log.debug("Routing task {} to {} lost a race: {}", item.id(), agent.username, lost.toString());
            return false;
        } catch (RuntimeException failed) {
            log.warn("Routing task {} to {} failed", item.id(), agent.username, failed);
            return false;
        }
    }

    /** How many tickets on {@code channel} the agent holds a handling task of, read after their row was locked. */
    private long heldOn(String username, Channel channel) {
        List<WorkItem> held = workItems.list(new Worker(username, username, Set.of(), false), WorkItemScope.MINE, 0, 1000)
                .stream().filter(WorkItem::handlesTicket).toList();
        if (held.isEmpty()) {
            return 0;
        }
        return tickets.getAll(held.stream().map(WorkItem::ticketId).distinct().toList()).stream()
                .filter(t -> t.getChannel() == channel).count();
    }

    /** Online, active agents with what they hold per channel now. */
    private Map<String, Agent> onlineAgents() {
        List<AgentProfile> online = profiles.findByStatus(AgentStatus.ONLINE);
        if (online.isEmpty()) {
            return new HashMap<>();
        }
        Map<String, UserAccount> byName = accounts.all().stream()
                .collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
        Map<String, Agent> agents = new HashMap<>();
        for (AgentProfile profile : online) {
            UserAccount account = byName.get(profile.getUsername());
            if (account != null && account.isEnabled()) {
                agents.put(profile.getUsername(), new Agent(account, profile));
            }
        }
        List<WorkItem> claimed = workItems.claimed().stream()
                .filter(w -> w.handlesTicket() && agents.containsKey(w.assignee())).toList();
        if (!claimed.isEmpty()) {
            Map<Long, Ticket> byId = ticketsOf(claimed);
            for (WorkItem w : claimed) {
                Ticket t = byId.get(w.ticketId());
                if (t != null) {
                    agents.get(w.assignee()).took(t.getChannel());
                }
            }
        }
        return agents;
    }

    private Map<Long, Ticket> ticketsOf(List<WorkItem> items) {
        List<Long> ids = items.stream().map(WorkItem::ticketId).filter(java.util.Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : tickets.getAll(ids).stream().collect(Collectors.toMap(Ticket::getId, t -> t));
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
