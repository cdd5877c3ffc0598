package io.sportello.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The SLA state of one ticket: targets, current deadlines, what was met, warned and breached. */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_clock_seq")
    @SequenceGenerator(name = "sla_clock_seq", sequenceName = "sla_clock_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long ticketId;
    private int firstResponseTargetMinutes;
    private int resolutionTargetMinutes;
    private Instant startedAt;
    private Instant firstResponseDue;
    private Instant resolutionDue;
    private Instant warningAt;
    private Instant escalationDue;
    private Instant firstResponseMetAt;
    private boolean firstResponseBreached;
    private boolean resolutionBreached;
    private boolean warned;
    @Enumerated(EnumType.STRING)
    private SlaState state;
    private Instant pausedAt;
    /** The business calendar the clock runs on; none means the standard calendar. */
    private String calendarKey;
    /** True when the SLA policy named the calendar: the clock stays on it when the ticket changes team. */
    private boolean calendarFromPolicy;

    protected SlaClock() {
    }

    SlaClock(Long ticketId, int firstResponseTargetMinutes, int resolutionTargetMinutes, Instant startedAt,
             Instant firstResponseDue, Instant resolutionDue, Instant warningAt, String calendarKey, boolean calendarFromPolicy) {
        this.ticketId = ticketId;
        this.calendarKey = calendarKey;
        this.calendarFromPolicy = calendarFromPolicy;
        this.firstResponseTargetMinutes = firstResponseTargetMinutes;
        this.resolutionTargetMinutes = resolutionTargetMinutes;
        this.startedAt = startedAt;
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
        this.warningAt = warningAt;
        this.escalationDue = resolutionDue;
        this.state = SlaState.RUNNING;
    }

    public String getCalendarKey() {
        return calendarKey;
    }

    public boolean isCalendarFromPolicy() {
        return calendarFromPolicy;
    }

    void useCalendar(String calendarKey, boolean fromPolicy) {
        this.calendarKey = calendarKey;
        this.calendarFromPolicy = fromPolicy;
    }

    SlaDeadlines deadlines() {
        return new SlaDeadlines(firstResponseDue, resolutionDue, warningAt, escalationDue);
    }

    void shift(Instant firstResponseDue, Instant resolutionDue, Instant warningAt, Instant escalationDue) {
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
        this.warningAt = warningAt;
        this.escalationDue = escalationDue;
    }

    void retarget(int firstResponseMinutes, int resolutionMinutes, Instant firstResponseDue, Instant resolutionDue,
                  Instant warningAt, Instant escalationDue) {
        this.firstResponseTargetMinutes = firstResponseMinutes;
        this.resolutionTargetMinutes = resolutionMinutes;
        this.warned = warned && !warningAt.isAfter(this.warningAt);
        shift(firstResponseDue, resolutionDue, warningAt, escalationDue);
    }

    void pause(Instant at) {
        state = SlaState.PAUSED;
        pausedAt = at;
    }

    void run() {
        state = SlaState.RUNNING;
        pausedAt = null;
    }

    void firstResponseMet(Instant at) {
        firstResponseMetAt = at;
    }

    void firstResponseBreached() {
        firstResponseBreached = true;
    }

    void resolutionBreached(Instant nextEscalation) {
        resolutionBreached = true;
        escalationDue = nextEscalation;
    }

    void warned() {
        warned = true;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public int getFirstResponseTargetMinutes() {
        return firstResponseTargetMinutes;
    }

    public int getResolutionTargetMinutes() {
        return resolutionTargetMinutes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getWarningAt() {
        return warningAt;
    }

    public Instant getEscalationDue() {
        return escalationDue;
    }

    public Instant getFirstResponseMetAt() {
        return firstResponseMetAt;
    }

    public boolean isFirstResponseBreached() {
        return firstResponseBreached;
    }

    public boolean isResolutionBreached() {
        return resolutionBreached;
    }

    public boolean isWarned() {
        return warned;
    }

    public SlaState getState() {
        return state;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }
}
