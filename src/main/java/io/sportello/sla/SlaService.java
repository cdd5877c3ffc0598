package io.sportello.sla;

import io.sportello.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs each ticket's SLA clock on the business calendar. All operations are idempotent, because the
 * process jobs that call them run at least once.
 */
@Service
@Transactional
public class SlaService {

    private final SlaClockRepository clocks;
    private final SlaSegmentRepository segments;
    private final BusinessCalendars calendars;
    private final SlaProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SlaService(SlaClockRepository clocks, SlaSegmentRepository segments, BusinessCalendars calendars,
               SlaProperties properties, ApplicationEventPublisher publisher, Clock clock) {
        this.clocks = clocks;
        this.segments = segments;
        this.calendars = calendars;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Starts the clock with targets in business minutes; a second call returns the running deadlines. */
    public SlaDeadlines start(Long ticketId, int firstResponseMinutes, int resolutionMinutes) {
        return start(ticketId, firstResponseMinutes, resolutionMinutes, clock.instant());
    }

    /**
     * Starts the clock as of {@code from} — when the ticket arrived, so that time spent waiting for a person to check
     * the desk's reading counts — or gives a running clock new targets.
     */
    public SlaDeadlines start(Long ticketId, int firstResponseMinutes, int resolutionMinutes, Instant from) {
        return start(ticketId, firstResponseMinutes, resolutionMinutes, from, null, null);
    }

    /**
     * Starts the clock on a business calendar, or gives a running clock new targets: the calendar the SLA policy
     * named ({@code policyCalendar}, kept when the ticket changes team), else the one {@code team} works on. A running
     * clock that lands on another calendar is measured again on it.
     */
    public SlaDeadlines start(Long ticketId, int firstResponseMinutes, int resolutionMinutes, Instant from,
                              String policyCalendar, String team) {
        if (firstResponseMinutes <= 0 || resolutionMinutes <= 0) {
            throw new IllegalArgumentException("SLA targets must be positive: " + firstResponseMinutes + "/" + resolutionMinutes);
        }
        boolean fromPolicy = policyCalendar != null && !policyCalendar.isBlank() && calendars.exists(policyCalendar.strip());
        String key = stored(fromPolicy ? policyCalendar.strip() : team == null ? null : calendars.keyForTeam(team));
        Optional<SlaClock> existing = clocks.findByTicketId(ticketId);
        if (existing.isPresent()) {
            SlaClock sla = existing.get();
            if (!fromPolicy && team == null) {
                return retarget(sla, firstResponseMinutes, resolutionMinutes);
            }
            if (!java.util.Objects.equals(key, sla.getCalendarKey())) {
                return moveTo(sla, key, fromPolicy, firstResponseMinutes, resolutionMinutes);
            }
            sla.useCalendar(key, fromPolicy);
            return retarget(sla, firstResponseMinutes, resolutionMinutes);
        }
        BusinessCalendar calendar = calendars.calendar(key);
        Instant now = from.isAfter(clock.instant()) ? clock.instant() : from;
        Instant firstResponseDue = calendar.plus(now, Duration.ofMinutes(firstResponseMinutes));
        Instant resolutionDue = calendar.plus(now, Duration.ofMinutes(resolutionMinutes));
        Instant warningAt = calendar.plus(now, Duration.ofSeconds(Math.round(resolutionMinutes * 60 * properties.warningShare())));
        SlaClock sla = clocks.save(new SlaClock(ticketId, firstResponseMinutes, resolutionMinutes, now,
                firstResponseDue, resolutionDue, warningAt, key, fromPolicy));
        segments.save(new SlaSegment(ticketId, SlaState.RUNNING, "started", now));
        changed(sla);
        return sla.deadlines();
    }

    /**
     * New targets for a running clock (triage ran again after a correction): each deadline is measured again from
     * when the clock started, plus the business time it has been paused (the first response: only the assistant's
     * conversation, since waiting for the customer never stops it); a first response already given or missed
     * and a resolution already breached keep their dates. A deadline that falls in the past is missed at once.
     */
    private SlaDeadlines retarget(SlaClock sla, int firstResponseMinutes, int resolutionMinutes) {
        if (sla.getFirstResponseTargetMinutes() == firstResponseMinutes
                && sla.getResolutionTargetMinutes() == resolutionMinutes) {
            return sla.deadlines();
        }
        BusinessCalendar calendar = calendarOf(sla);
        Instant now = clock.instant();
        Duration paused = Duration.ZERO;
        Duration withTheAssistant = Duration.ZERO; // the first response waits only for these pauses
        for (SlaSegment s : segments.findByTicketIdOrderByStartedAtAscIdAsc(sla.getTicketId())) {
            if (s.getState() == SlaState.PAUSED) {
                Duration d = calendar.between(s.getStartedAt(), s.getEndedAt() == null ? now : s.getEndedAt());
                paused = paused.plus(d);
                if (s.isWithTheAssistant()) {
                    withTheAssistant = withTheAssistant.plus(d);
                }
            }
        }
        Instant start = sla.getStartedAt();
        Instant resolutionDue = calendar.plus(calendar.plus(start, Duration.ofMinutes(resolutionMinutes)), paused);
        sla.retarget(firstResponseMinutes, resolutionMinutes,
                sla.getFirstResponseMetAt() == null && !sla.isFirstResponseBreached()
                        ? calendar.plus(calendar.plus(start, Duration.ofMinutes(firstResponseMinutes)), withTheAssistant)
                        : sla.getFirstResponseDue(),
                resolutionDue,
                calendar.plus(calendar.plus(start, Duration.ofSeconds(Math.round(resolutionMinutes * 60
                        * properties.warningShare()))), paused),
                sla.isResolutionBreached() ? sla.getEscalationDue() : resolutionDue);
        changed(sla);
        return sla.deadlines();
    }

    /**
     * The ticket went to another team: its clock moves to the calendar that team works on — unless the SLA policy
     * named the calendar, the clock already runs there, or the ticket has no clock (a model without one).
     */
    public SlaDeadlines followTeam(Long ticketId, String team) {
        SlaClock sla = clocks.findByTicketId(ticketId).orElse(null);
        if (sla == null) {
            return null;
        }
        String key = stored(calendars.keyForTeam(team));
        if (sla.isCalendarFromPolicy() || java.util.Objects.equals(key, sla.getCalendarKey())) {
            return sla.deadlines();
        }
        return moveTo(sla, key, false, sla.getFirstResponseTargetMinutes(), sla.getResolutionTargetMinutes());
    }

    /**
     * Moves a running clock to another calendar: the business time used so far is what the old calendar counted
     * (pauses left out), and what remains of each target is counted from now on the new one — as of the pause, if
     * the clock is paused, so that resuming moves it like any other. A first response given or missed and a
     * breached resolution keep their dates; a target already used up is due at once.
     */
    private SlaDeadlines moveTo(SlaClock sla, String key, boolean fromPolicy, int firstResponseMinutes,
                                int resolutionMinutes) {
        BusinessCalendar before = calendarOf(sla);
        sla.useCalendar(key, fromPolicy);
        BusinessCalendar after = calendarOf(sla);
        Instant asOf = sla.getState() == SlaState.PAUSED && sla.getPausedAt() != null ? sla.getPausedAt() : clock.instant();
        Duration paused = Duration.ZERO;
        for (SlaSegment s : segments.findByTicketIdOrderByStartedAtAscIdAsc(sla.getTicketId())) {
            if (s.getState() == SlaState.PAUSED && s.getStartedAt().isBefore(asOf)) {
                Instant end = s.getEndedAt() == null || s.getEndedAt().isAfter(asOf) ? asOf : s.getEndedAt();
                paused = paused.plus(before.between(s.getStartedAt(), end));
            }
        }
        Duration used = before.between(sla.getStartedAt(), asOf).minus(paused);
        if (used.isNegative()) {
            used = Duration.ZERO;
        }
        boolean breached = sla.isResolutionBreached();
        Instant resolutionDue = breached ? sla.getResolutionDue()
                : remaining(after, asOf, Duration.ofMinutes(resolutionMinutes), used);
        sla.retarget(firstResponseMinutes, resolutionMinutes,
                sla.getFirstResponseMetAt() == null && !sla.isFirstResponseBreached()
                        ? remaining(after, asOf, Duration.ofMinutes(firstResponseMinutes), used) : sla.getFirstResponseDue(),
                resolutionDue,
                breached ? sla.getWarningAt() : remaining(after, asOf,
                        Duration.ofSeconds(Math.round(resolutionMinutes * 60 * properties.warningShare())), used),
                breached ? sla.getEscalationDue() : resolutionDue);
        changed(sla);
        return sla.deadlines();
    }

    private static Instant remaining(BusinessCalendar calendar, Instant asOf, Duration target, Duration used) {
        return target.compareTo(used) <= 0 ? asOf : calendar.plus(asOf, target.minus(used));
    }

    /** The standard calendar is stored as no key, so that clocks follow it when it is first saved. */
    private static String stored(String key) {
        return key == null || key.isBlank() || BusinessCalendars.STANDARD.equals(key) ? null : key;
    }

    @Transactional(readOnly = true)
    public Optional<SlaClock> find(Long ticketId) {
        return clocks.findByTicketId(ticketId);
    }

    @Transactional(readOnly = true)
    public java.util.Map<Long, SlaClock> findAll(java.util.Collection<Long> ticketIds) {
        return clocks.findByTicketIdIn(ticketIds).stream()
                .collect(java.util.stream.Collectors.toMap(SlaClock::getTicketId, c -> c));
    }

    @Transactional(readOnly = true)
    public List<SlaSegment> segments(Long ticketId) {
        return segments.findByTicketIdOrderByStartedAtAscIdAsc(ticketId);
    }

    /** Records the first public agent reply; later replies change nothing. */
    public void recordFirstResponse(Long ticketId, Instant at) {
        SlaClock sla = get(ticketId);
        if (sla.getFirstResponseMetAt() != null) {
            return;
        }
        sla.firstResponseMet(at);
        if (at.isAfter(sla.getFirstResponseDue()) && !sla.isFirstResponseBreached()) {
            breach(sla, SlaBreached.Kind.FIRST_RESPONSE, sla.getFirstResponseDue());
        }
    }

    /**
     * Called when the first-response deadline passes: true if this call found the target missed
     * (no reply yet, not paused, not recorded before).
     */
    public boolean checkFirstResponse(Long ticketId) {
        SlaClock sla = get(ticketId);
        if (sla.getFirstResponseMetAt() != null || sla.isFirstResponseBreached() || sla.getState() == SlaState.PAUSED
                || clock.instant().isBefore(sla.getFirstResponseDue())) {
            return false;
        }
        breach(sla, SlaBreached.Kind.FIRST_RESPONSE, sla.getFirstResponseDue());
        return true;
    }

    /** Records that the first-response target was missed; true if this call recorded it (not recorded before). */
    public boolean breachFirstResponse(Long ticketId) {
        SlaClock sla = get(ticketId);
        if (sla.getFirstResponseMetAt() != null || sla.isFirstResponseBreached()) {
            return false;
        }
        breach(sla, SlaBreached.Kind.FIRST_RESPONSE, sla.getFirstResponseDue());
        return true;
    }

    /** The desk clock's now. */
    public Instant now() {
        return clock.instant();
    }

    /** Called at the warning point: true if this call raised the warning. */
    public boolean warnResolution(Long ticketId) {
        SlaClock sla = get(ticketId);
        if (sla.isWarned() || sla.isResolutionBreached() || sla.getState() == SlaState.PAUSED
                || clock.instant().isBefore(sla.getWarningAt())) {
            return false;
        }
        sla.warned();
        return true;
    }

    /**
     * Called when the escalation deadline passes: records the resolution breach (once) and sets the
     * next escalation deadline, {@code sportello.sla.re-escalation-after} of business time later.
     */
    public SlaDeadlines escalationDue(Long ticketId) {
        SlaClock sla = get(ticketId);
        Instant now = clock.instant();
        if (!sla.isResolutionBreached()) {
            breach(sla, SlaBreached.Kind.RESOLUTION, sla.getResolutionDue());
        }
        sla.resolutionBreached(calendarOf(sla).plus(now, properties.reEscalationAfter()));
        changed(sla);
        return sla.deadlines();
    }

    /**
     * Pauses the clock (waiting for the customer, resolved, with the assistant); pausing a paused clock for the same
     * reason changes nothing, for another reason starts a new paused stretch (the assistant's conversation ends when
     * it resolves the ticket) and the clock stays stopped since the first.
     */
    public void pause(Long ticketId, String reason) {
        SlaClock sla = get(ticketId);
        boolean paused = sla.getState() == SlaState.PAUSED;
        Optional<SlaSegment> open = segments.findFirstByTicketIdAndEndedAtIsNullOrderByStartedAtDesc(ticketId);
        if (paused && open.map(s -> java.util.Objects.equals(s.getReason(), reason)).orElse(true)) {
            return;
        }
        Instant now = clock.instant();
        open.ifPresent(s -> s.end(now));
        segments.save(new SlaSegment(ticketId, SlaState.PAUSED, reason, now));
        if (!paused) {
            sla.pause(now);
            changed(sla);
        }
    }

    /**
     * Resumes the clock: every deadline still ahead moves by the business time spent paused, so the
     * remaining time is what it was when the clock stopped.
     */
    public SlaDeadlines resume(Long ticketId, String reason) {
        SlaClock sla = get(ticketId);
        if (sla.getState() != SlaState.PAUSED) {
            return sla.deadlines();
        }
        Instant now = clock.instant();
        Instant pausedAt = sla.getPausedAt();
        if (Duration.between(pausedAt, now).compareTo(NO_PAUSE) < 0 && takeBackPause(ticketId, pausedAt)) {
            // paused and resumed at the same instant (the assistant passed a first message on at once): no pause at
            // all, and none in the ticket's history
            sla.run();
            changed(sla);
            return sla.deadlines();
        }
        BusinessCalendar calendar = calendarOf(sla);
        Duration paused = calendar.between(pausedAt, now);
        sla.shift(
                sla.getFirstResponseMetAt() == null && !sla.isFirstResponseBreached()
                        ? moved(calendar, sla.getFirstResponseDue(), pausedAt, paused) : sla.getFirstResponseDue(),
                moved(calendar, sla.getResolutionDue(), pausedAt, paused),
                moved(calendar, sla.getWarningAt(), pausedAt, paused),
                moved(calendar, sla.getEscalationDue(), pausedAt, paused));
        segments.findFirstByTicketIdAndEndedAtIsNullOrderByStartedAtDesc(ticketId).ifPresent(s -> s.end(now));
        segments.save(new SlaSegment(ticketId, SlaState.RUNNING, reason, now));
        sla.run();
        changed(sla);
        return sla.deadlines();
    }

    /** A pause shorter than this (the same step paused and resumed: a first message passed on at once) was none. */
    private static final Duration NO_PAUSE = Duration.ofSeconds(1);

    /** Removes the open pause that began at {@code at} and lets the running stretch before it go on. */
    private boolean takeBackPause(Long ticketId, Instant at) {
        List<SlaSegment> all = segments.findByTicketIdOrderByStartedAtAscIdAsc(ticketId);
        if (all.size() < 2) {
            return false;
        }
        SlaSegment pause = all.get(all.size() - 1);
        SlaSegment before = all.get(all.size() - 2);
        if (pause.getState() != SlaState.PAUSED || pause.getEndedAt() != null || !at.equals(pause.getStartedAt())
                || before.getState() != SlaState.RUNNING || !at.equals(before.getEndedAt())) {
            return false;
        }
        segments.delete(pause);
        before.goOn();
        return true;
    }

    @Transactional(readOnly = true)
    public SlaDeadlines deadlines(Long ticketId) {
        return get(ticketId).deadlines();
    }

    /** Business time between two instants on the desk's standard calendar. */
    public Duration businessTime(Instant from, Instant to) {
        return calendars.standard().between(from, to);
    }

    private BusinessCalendar calendarOf(SlaClock sla) {
        return calendars.calendar(sla.getCalendarKey());
    }

    private static Instant moved(BusinessCalendar calendar, Instant due, Instant pausedAt, Duration paused) {
        return due.isAfter(pausedAt) ? calendar.plus(due, paused) : due;
    }

    private void breach(SlaClock sla, SlaBreached.Kind kind, Instant dueAt) {
        if (kind == SlaBreached.Kind.FIRST_RESPONSE) {
            sla.firstResponseBreached();
        }
        publisher.publishEvent(new SlaBreached(sla.getTicketId(), kind, dueAt, clock.instant()));
    }

    private void changed(SlaClock sla) {
        publisher.publishEvent(new SlaClockChanged(sla.getTicketId(), sla.getFirstResponseDue(), sla.getResolutionDue(),
                sla.getState() == SlaState.PAUSED));
    }

    private SlaClock get(Long ticketId) {
        return clocks.findByTicketId(ticketId).orElseThrow(() -> new NotFoundException("SLA clock of ticket", ticketId));
    }
}
