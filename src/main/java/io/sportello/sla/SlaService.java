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
    private final BusinessCalendar calendar;
    private final SlaProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SlaService(SlaClockRepository clocks, SlaSegmentRepository segments, BusinessCalendar calendar,
               SlaProperties properties, ApplicationEventPublisher publisher, Clock clock) {
        this.clocks = clocks;
        this.segments = segments;
        this.calendar = calendar;
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
        if (firstResponseMinutes <= 0 || resolutionMinutes <= 0) {
            throw new IllegalArgumentException("SLA targets must be positive: " + firstResponseMinutes + "/" + resolutionMinutes);
        }
        Optional<SlaClock> existing = clocks.findByTicketId(ticketId);
        if (existing.isPresent()) {
            return retarget(existing.get(), firstResponseMinutes, resolutionMinutes);
        }
        Instant now = from.isAfter(clock.instant()) ? clock.instant() : from;
        Instant firstResponseDue = calendar.plus(now, Duration.ofMinutes(firstResponseMinutes));
        Instant resolutionDue = calendar.plus(now, Duration.ofMinutes(resolutionMinutes));
        Instant warningAt = calendar.plus(now, Duration.ofSeconds(Math.round(resolutionMinutes * 60 * properties.warningShare())));
        SlaClock sla = clocks.save(new SlaClock(ticketId, firstResponseMinutes, resolutionMinutes, now,
                firstResponseDue, resolutionDue, warningAt));
        segments.save(new SlaSegment(ticketId, SlaState.RUNNING, "started", now));
        changed(sla);
        return sla.deadlines();
    }

    /**
     * New targets for a running clock (triage ran again after a correction): each deadline is measured again from
     * when the clock started, plus the business time it has been paused; a first response already given or missed
     * and a resolution already breached keep their dates. A deadline that falls in the past is missed at once.
     */
    private SlaDeadlines retarget(SlaClock sla, int firstResponseMinutes, int resolutionMinutes) {
        if (sla.getFirstResponseTargetMinutes() == firstResponseMinutes
                && sla.getResolutionTargetMinutes() == resolutionMinutes) {
            return sla.deadlines();
        }
        Instant now = clock.instant();
        Duration paused = Duration.ZERO;
        for (SlaSegment s : segments.findByTicketIdOrderByStartedAtAscIdAsc(sla.getTicketId())) {
            if (s.getState() == SlaState.PAUSED) {
                paused = paused.plus(calendar.between(s.getStartedAt(), s.getEndedAt() == null ? now : s.getEndedAt()));
            }
        }
        Instant start = sla.getStartedAt();
        Instant resolutionDue = calendar.plus(calendar.plus(start, Duration.ofMinutes(resolutionMinutes)), paused);
        sla.retarget(firstResponseMinutes, resolutionMinutes,
                sla.getFirstResponseMetAt() == null && !sla.isFirstResponseBreached()
                        ? calendar.plus(start, Duration.ofMinutes(firstResponseMinutes)) : sla.getFirstResponseDue(),
                resolutionDue,
                calendar.plus(calendar.plus(start, Duration.ofSeconds(Math.round(resolutionMinutes * 60
                        * properties.warningShare()))), paused),
                sla.isResolutionBreached() ? sla.getEscalationDue() : resolutionDue);
        changed(sla);
        return sla.deadlines();
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
        sla.resolutionBreached(calendar.plus(now, properties.reEscalationAfter()));
        changed(sla);
        return sla.deadlines();
    }

    /** Pauses the clock (waiting for the customer, resolved); pausing a paused clock changes nothing. */
    public void pause(Long ticketId, String reason) {
        SlaClock sla = get(ticketId);
        if (sla.getState() == SlaState.PAUSED) {
            return;
        }
        Instant now = clock.instant();
        segments.findFirstByTicketIdAndEndedAtIsNullOrderByStartedAtDesc(ticketId).ifPresent(s -> s.end(now));
        segments.save(new SlaSegment(ticketId, SlaState.PAUSED, reason, now));
        sla.pause(now);
        changed(sla);
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
        Duration paused = calendar.between(pausedAt, now);
        sla.shift(
                sla.getFirstResponseMetAt() == null && !sla.isFirstResponseBreached()
                        ? moved(sla.getFirstResponseDue(), pausedAt, paused) : sla.getFirstResponseDue(),
                moved(sla.getResolutionDue(), pausedAt, paused),
                moved(sla.getWarningAt(), pausedAt, paused),
                moved(sla.getEscalationDue(), pausedAt, paused));
        segments.findFirstByTicketIdAndEndedAtIsNullOrderByStartedAtDesc(ticketId).ifPresent(s -> s.end(now));
        segments.save(new SlaSegment(ticketId, SlaState.RUNNING, reason, now));
        sla.run();
        changed(sla);
        return sla.deadlines();
    }

    @Transactional(readOnly = true)
    public SlaDeadlines deadlines(Long ticketId) {
        return get(ticketId).deadlines();
    }

    /** Business time between two instants on the desk's calendar. */
    public Duration businessTime(Instant from, Instant to) {
        return calendar.between(from, to);
    }

    private Instant moved(Instant due, Instant pausedAt, Duration paused) {
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
