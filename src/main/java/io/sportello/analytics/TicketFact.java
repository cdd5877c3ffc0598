package io.sportello.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the reports need to know about one ticket, as plain columns SQL can aggregate: its dimensions, when it was
 * created (also as local date, hour and weekday), the first response and resolution times in calendar and business
 * seconds, pauses, SLA outcome, reopenings, escalations, replies and the CSAT answer. Written by {@link TicketFacts}.
 */
@Entity
@Table(name = "ticket_fact")
class TicketFact {

    @Id
    private Long ticketId;
    private Instant createdAt;
    private LocalDate createdDate;
    private int createdHour;
    private int createdDow;
    private String channel;
    private String category;
    private String priority;
    private String tier;
    private String agent;
    @Column(name = "is_open")
    private boolean open;
    @Column(name = "reached_l1")
    private boolean reachedL1;
    @Column(name = "reached_l2")
    private boolean reachedL2;
    @Column(name = "reached_l3")
    private boolean reachedL3;
    /** The version of the ticket this fact was worked out from: the same version again needs no work. */
    private Long ticketVersion;
    private Instant firstResponseAt;
    private Long firstResponseSec;
    private Long firstResponseBsec;
    private Instant resolvedAt;
    private Long resolutionSec;
    private Long resolutionBsec;
    private Long pausedSec;
    private boolean hasSla;
    private boolean frBreached;
    private boolean resBreached;
    private int reopenCount;
    private int escalationCount;
    private int agentReplies;
    private boolean selfService;
    private boolean assistant;
    private boolean assistantResolved;
    private boolean firstContact;
    private boolean surveySent;
    private Integer csatScore;
    private int chats;
    private int chatsAbandoned;
    private Instant updatedAt;

    protected TicketFact() {
    }

    TicketFact(Long ticketId) {
        this.ticketId = ticketId;
    }

    void created(Instant at, LocalDate date, int hour, int dayOfWeek) {
        this.createdAt = at;
        this.createdDate = date;
        this.createdHour = hour;
        this.createdDow = dayOfWeek;
    }

    void dimensions(String channel, String category, String priority, String tier, String agent, boolean open) {
        this.channel = channel;
        this.category = category;
        this.priority = priority;
        this.tier = tier;
        if (agent != null) {
            this.agent = agent;
        }
        this.open = open;
    }

    void reached(boolean l1, boolean l2, boolean l3) {
        reachedL1 |= l1;
        reachedL2 |= l2;
        reachedL3 |= l3;
    }

    boolean triaged() {
        return reachedL1 || reachedL2 || reachedL3;
    }

    void firstResponse(Instant at, Long seconds, Long businessSeconds) {
        this.firstResponseAt = at;
        this.firstResponseSec = seconds;
        this.firstResponseBsec = businessSeconds;
    }

    void resolution(Instant at, Long seconds, Long businessSeconds, Long pausedSeconds) {
        this.resolvedAt = at;
        this.resolutionSec = seconds;
        this.resolutionBsec = businessSeconds;
        this.pausedSec = pausedSeconds;
    }

    void sla(boolean hasSla, boolean firstResponseBreached, boolean resolutionBreached) {
        this.hasSla = hasSla;
        this.frBreached = firstResponseBreached;
        this.resBreached = resolutionBreached;
    }

    void work(int reopenCount, int escalationCount, int agentReplies, boolean selfService, boolean firstContact) {
        this.reopenCount = reopenCount;
        this.escalationCount = escalationCount;
        this.agentReplies = agentReplies;
        this.selfService = selfService;
        this.firstContact = firstContact;
    }

    /** The assistant held the conversation, and resolved it without a person. */
    void assistant(boolean held, boolean resolved) {
        this.assistant = held;
        this.assistantResolved = resolved;
    }

    void survey(boolean sent, Integer score) {
        this.surveySent = sent;
        this.csatScore = score;
    }

    void chats(int decided, int abandoned) {
        this.chats = decided;
        this.chatsAbandoned = abandoned;
    }

    void touched(Instant at) {
        this.updatedAt = at;
    }

    void workedOutFrom(long version) {
        this.ticketVersion = version;
    }

    /** Whether this fact already says everything the ticket at {@code version}, having been at {@code tiers}, says. */
    boolean isUpToDate(long version, java.util.Set<io.sportello.ticket.Tier> tiers) {
        return ticketVersion != null && ticketVersion == version
                && (!tiers.contains(io.sportello.ticket.Tier.L1) || reachedL1)
                && (!tiers.contains(io.sportello.ticket.Tier.L2) || reachedL2)
                && (!tiers.contains(io.sportello.ticket.Tier.L3) || reachedL3);
    }
}
