package io.sportello.analytics;

import io.sportello.sla.BusinessCalendar;
import io.sportello.sla.BusinessCalendars;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaSegment;
import io.sportello.sla.SlaService;
import io.sportello.sla.SlaState;
import io.sportello.survey.Survey;
import io.sportello.survey.SurveyService;
import io.sportello.survey.SurveyStatus;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Tier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each ticket's {@link TicketFact} in step with the ticket. Every change to a ticket is noted; just before the
 * transaction commits, each touched ticket's fact is worked out once from the ticket, its SLA clock and segments,
 * its replies and its surveys — so the fact commits (or rolls back) with the change itself, and the numbers follow
 * the definitions in {@code src/docs/metrics.md} exactly.
 */
@Component
class TicketFacts {


    private final TicketFactRepository facts;
    private final TicketService tickets;
    private final SlaService sla;
    private final SurveyService surveys;
    private final BusinessCalendars calendars;
    private final Clock clock;
    private final io.sportello.intake.LiveChat chats;

    private final org.springframework.transaction.support.TransactionTemplate own;

    TicketFacts(TicketFactRepository facts, TicketService tickets, SlaService sla, SurveyService surveys,
                BusinessCalendars calendars, Clock clock, io.sportello.intake.LiveChat chats,
                org.springframework.transaction.PlatformTransactionManager transactions) {
        this.own = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chats = chats;
        this.facts = facts;
        this.tickets = tickets;
        this.sla = sla;
        this.surveys = surveys;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** History entries that change nothing a metric reads (deliveries, notifications, warnings, merges…). */
    private static final Set<TicketEventType> IRRELEVANT = EnumSet.of(TicketEventType.SLA_WARNING,
            TicketEventType.SUPERVISOR_NOTIFIED, TicketEventType.REMINDER_SENT, TicketEventType.DELIVERED,
            TicketEventType.DELIVERY_FAILED, TicketEventType.CALL_LOGGED, TicketEventType.ATTACHMENT_REJECTED,
            TicketEventType.CHAT_STARTED, TicketEventType.PROCESS_MIGRATED, TicketEventType.CUSTOMER_MERGED,
            TicketEventType.LINKED, TicketEventType.CUSTOMER_MERGE_UNDONE,
            TicketEventType.MESSAGE_ADDED);

    // a reaction, once per action after it committed, not once per history entry: the ticket's facts are brought up
    // to date, unless the action changed nothing a metric reads
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(io.sportello.ticket.TicketTouched touched) {
        boolean relevant = touched.publicAgentReply()
                || touched.types().stream().anyMatch(type -> !IRRELEVANT.contains(type));
        if (!relevant) {
            return;
        }
        note(touched.ticketId(), touched.tiers(), false);
    }

    /** A reaction: a chat's wait ended, which changes the chat counts but not the ticket. */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(io.sportello.ticket.ChatAnswered answered) {
        note(answered.ticketId(), Set.of(), true);
    }

    /**
     * Brings one ticket's fact up to date in a transaction of its own. Reactions to the same ticket may run at the same
     * moment on two threads (or nodes): the one that loses the race to create or update the fact tries again, and then
     * finds the fact up to date.
     */
    private void note(Long ticketId, Set<Tier> tiers, boolean evenIfUpToDate) {
        // on one node, reactions to the same ticket take turns; across nodes the loser of a race tries again
        java.util.concurrent.locks.Lock turn = turns[(int) Math.floorMod(ticketId, (long) turns.length)];
        turn.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    own.executeWithoutResult(status -> refresh(ticketId, tiers, evenIfUpToDate));
                    return;
                } catch (org.springframework.dao.DataIntegrityViolationException
                         | org.springframework.dao.OptimisticLockingFailureException raced) {
                    if (attempt == 3) {
                        throw raced;
                    }
                }
            }
        } finally {
            turn.unlock();
        }
    }

    private final java.util.concurrent.locks.Lock[] turns = java.util.stream.Stream
            .generate(java.util.concurrent.locks.ReentrantLock::new).limit(64)
            .toArray(java.util.concurrent.locks.Lock[]::new);

    /** Rebuilds a ticket's fact from its history (tickets stored before this module existed). */
    void rebuild(Long ticketId) {
        Set<Tier> seen = EnumSet.noneOf(Tier.class);
        for (TicketEvent event : tickets.history(ticketId)) {
            if (event.getType() == TicketEventType.TIER_CHANGED && event.getFromValue() != null) {
                seen.add(Tier.valueOf(event.getFromValue()));
            } else if (event.getType() == TicketEventType.TRIAGED && event.getToValue() != null) {
                // "priority/tier"
                seen.add(Tier.valueOf(event.getToValue().substring(event.getToValue().indexOf('/') + 1)));
            }
        }
        refresh(ticketId, seen.isEmpty() ? Set.of() : seen);
    }

    /** Works out the fact of one ticket from the ticket as it is now (before the reaction's commit). */
    void refresh(Long ticketId, Set<Tier> tiersSeen) {
        refresh(ticketId, tiersSeen, false);
    }

    private void refresh(Long ticketId, Set<Tier> tiersSeen, boolean evenIfUpToDate) {
        Ticket ticket = tickets.get(ticketId);
        TicketFact fact = facts.findById(ticketId).orElseGet(() -> new TicketFact(ticketId));
        if (!evenIfUpToDate && fact.isUpToDate(ticket.getVersion(), tiersSeen)) {
            // one action publishes several changes; the first reaction after its commit already saw them all
            return;
        }
        if (!evenIfUpToDate && fact.isUpToDate(ticket.getVersion(), Set.of())) {
            // the same state, seen from a tier the fact did not know yet
            fact.reached(tiersSeen.contains(Tier.L1), tiersSeen.contains(Tier.L2), tiersSeen.contains(Tier.L3));
            facts.save(fact);
            return;
        }
        fact.workedOutFrom(ticket.getVersion());
        // business time is measured on the calendar the ticket's clock runs on (its team's hours); days and hours of
        // the reports are the desk's, on the standard calendar's zone
        BusinessCalendar calendar = sla.find(ticketId).map(c -> calendars.calendar(c.getCalendarKey()))
                .orElseGet(calendars::standard);
        ZonedDateTime local = ticket.getCreatedAt().atZone(calendars.standard().zone());
        fact.created(ticket.getCreatedAt(), local.toLocalDate(), local.getHour(), local.getDayOfWeek().getValue());
        fact.dimensions(ticket.getChannel().name(), ticket.getCategory().name(), ticket.getPriority().name(),
                ticket.getTier().name(), ticket.getAssignee(), ticket.isOpen());
        boolean triaged = fact.triaged() || !tiersSeen.isEmpty() || ticket.getSkill() != null;
        if (triaged) {
            Set<Tier> reached = EnumSet.copyOf(tiersSeen.isEmpty() ? Set.of(ticket.getTier()) : tiersSeen);
            reached.add(ticket.getTier());
            fact.reached(reached.contains(Tier.L1), reached.contains(Tier.L2), reached.contains(Tier.L3));
        }

        Instant created = ticket.getCreatedAt();
        Instant firstResponse = ticket.getFirstResponseAt();
        // what the customer waited for a person's first reply (the assistant's answers are not one); whether it met
        // the SLA is the clock's to say, which starts only at the assistant's handover
        fact.firstResponse(firstResponse,
                firstResponse == null ? null : seconds(Duration.between(created, firstResponse)),
                firstResponse == null ? null : seconds(calendar.between(created, firstResponse)));

        Instant resolved = ticket.getResolvedAt();
        if (resolved != null) {
            // paused: waiting for the customer (and after resolving); the assistant's conversation is desk time
            Duration pausedCalendar = Duration.ZERO;
            Duration pausedBusiness = Duration.ZERO;
            for (SlaSegment segment : sla.segments(ticketId)) {
                if (segment.getState() != SlaState.PAUSED || segment.isWithTheAssistant()) {
                    continue;
                }
                Instant from = max(segment.getStartedAt(), created);
                Instant to = min(segment.getEndedAt() == null ? resolved : segment.getEndedAt(), resolved);
                if (to.isAfter(from)) {
                    pausedCalendar = pausedCalendar.plus(Duration.between(from, to));
                    pausedBusiness = pausedBusiness.plus(calendar.between(from, to));
                }
            }
            Duration business = calendar.between(created, resolved).minus(pausedBusiness);
            fact.resolution(resolved, seconds(Duration.between(created, resolved)),
                    seconds(business.isNegative() ? Duration.ZERO : business), seconds(pausedCalendar));
        } else {
            fact.resolution(null, null, null, null);
        }

        Optional<SlaClock> slaClock = sla.find(ticketId);
        fact.sla(slaClock.isPresent(), slaClock.map(SlaClock::isFirstResponseBreached).orElse(false),
                slaClock.map(SlaClock::isResolutionBreached).orElse(false));

        int replies = (int) tickets.publicAgentReplies(ticketId);
        boolean isResolved = resolved != null;
        boolean selfService = isResolved && replies == 0 && ticket.getResolutionCode() != ResolutionCode.NO_CUSTOMER_REPLY;
        boolean firstContact = isResolved && replies == 1 && ticket.getReopenCount() == 0 && ticket.getEscalationCount() == 0;
        fact.work(ticket.getReopenCount(), ticket.getEscalationCount(), replies, selfService, firstContact);
        // held: the assistant spoke with the customer (a first message it could not answer went to a person silently)
        boolean heldByAssistant = tickets.messages(ticketId).stream().anyMatch(io.sportello.ticket.TicketMessage::isFromAssistant);
        fact.assistant(heldByAssistant, heldByAssistant && isResolved && replies == 0
                && ticket.getResolutionCode() == ResolutionCode.SELF_SERVICE);

        if (isResolved || !ticket.isOpen()) {
            List<Survey> all = surveys.ofTicket(ticketId);
            Integer score = all.stream().filter(s -> s.getStatus() == SurveyStatus.ANSWERED && s.getScore() != null)
                    .max(Comparator.comparing(Survey::getAnsweredAt)).map(Survey::getScore).orElse(null);
            fact.survey(!all.isEmpty(), score);
        } else {
            fact.survey(false, null);
        }
        if (ticket.getChannel() == io.sportello.shared.Channel.CHAT) {
            // chats an agent answered or the customer left unanswered; those still waiting are not decided yet
            io.sportello.intake.LiveChat.Outcomes outcomes = chats.outcomesOf(ticketId);
            fact.chats(outcomes.decided(), outcomes.abandoned());
        }
        fact.touched(clock.instant());
        facts.save(fact);
    }

    private static long seconds(Duration d) {
        return d.getSeconds();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
