package io.sportello.ticket;

import io.sportello.shared.Channel;
import jakarta.persistence.Column;
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

/**
 * One customer problem, and its state machine: every transition is a method here that checks the current state and
 * returns the history entries it makes. {@link TicketService} loads, calls, stores and announces; the ticket
 * process models decide when (see {@code processes/}).
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 1)
    private Long id;

    @Version
    private long version;

    private String number;
    private String subject;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private Tier tier;
    private String skill;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Sentiment sentiment;
    private String language;

    private Long customerId;
    private String orderNumber;
    private String assignee;
    @Column(updatable = false)
    private String idempotencyKey;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Instant firstResponseDue;
    private Instant resolutionDue;
    private boolean slaPaused;
    private boolean slaBreached;

    @Enumerated(EnumType.STRING)
    private ResolutionCode resolutionCode;
    private String resolutionSummary;
    private int reopenCount;
    private int escalationCount;

    protected Ticket() {
    }

    Ticket(String subject, Category category, Channel channel, Sentiment sentiment, String language, Long customerId,
           String orderNumber, String idempotencyKey, Instant now) {
        this.subject = subject;
        this.category = category;
        this.channel = channel;
        this.sentiment = sentiment;
        this.language = language;
        this.customerId = customerId;
        this.orderNumber = orderNumber;
        this.idempotencyKey = idempotencyKey;
        this.status = TicketStatus.NEW;
        this.priority = Priority.NORMAL;
        this.tier = Tier.L1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void assignNumber() {
        this.number = "SP-%06d".formatted(id);
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    void setSla(Instant firstResponseDue, Instant resolutionDue, boolean paused) {
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
        this.slaPaused = paused;
    }

    void markSlaBreached() {
        this.slaBreached = true;
    }

    // ---- transitions: the ticket's state machine. Each checks the current state, changes the fields and returns
    // the history entries the change makes (the service stores and announces them). None reads a clock.

    /** The statuses in which people still work on the ticket. */
    private static final java.util.Set<TicketStatus> WORKABLE = java.util.EnumSet.of(TicketStatus.NEW,
            TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER);

    public boolean isWorkable() {
        return WORKABLE.contains(status);
    }

    private void requireWorkable(String action) {
        if (!isWorkable()) {
            throw new io.sportello.shared.RuleViolationException("TRANSITION_NOT_ALLOWED",
                    "Cannot " + action + " ticket " + number + ": it is " + status);
        }
    }

    /** Triage's decision: priority, tier and skill. */
    java.util.List<TicketEvent> triage(Priority priority, Tier tier, String skill, Instant at) {
        String before = this.priority + "/" + this.tier;
        if (tier != this.tier) {
            this.assignee = null;
        }
        this.priority = priority;
        this.tier = tier;
        this.skill = skill;
        return java.util.List.of(event(TicketEventType.TRIAGED, io.sportello.shared.Actor.system(), at, before,
                priority + "/" + tier, HistoryReason.of(HistoryReason.TRIAGE_SKILL, skill), null));
    }

    /** Someone took (or gave back, {@code null}) the ticket's task; a new ticket someone takes is open. */
    java.util.List<TicketEvent> assign(String assignee, io.sportello.shared.Actor actor, Instant at) {
        return assign(assignee, actor, at, null);
    }

    /** An assignment, with why it happened when the desk did it (a rule, a person who left); {@code why} may be null. */
    java.util.List<TicketEvent> assign(String assignee, io.sportello.shared.Actor actor, Instant at, HistoryReason why) {
        if (java.util.Objects.equals(this.assignee, assignee)) {
            return java.util.List.of();
        }
        java.util.List<TicketEvent> events = new java.util.ArrayList<>();
        events.add(event(assignee == null ? TicketEventType.UNASSIGNED : TicketEventType.ASSIGNED, actor, at,
                this.assignee, assignee, why, null));
        this.assignee = assignee;
        if (assignee != null && status == TicketStatus.NEW) {
            events.add(status(TicketStatus.OPEN, actor, at, null));
        }
        return events;
    }

    /** A message was added: the first public reply of a person on the desk is the first response. */
    java.util.List<TicketEvent> messageAdded(io.sportello.shared.Actor author, Visibility visibility, Direction direction,
                                             Instant at) {
        java.util.List<TicketEvent> events = new java.util.ArrayList<>();
        if (author.isUser() && visibility == Visibility.PUBLIC && direction == Direction.OUTBOUND
                && firstResponseAt == null) {
            firstResponseAt = at;
            events.add(event(TicketEventType.FIRST_RESPONSE, author, at, null, null, null));
        }
        if (author.isUser() && status == TicketStatus.NEW) {
            events.add(status(TicketStatus.OPEN, author, at, null));
        }
        this.updatedAt = at;
        return events;
    }

    java.util.List<TicketEvent> changePriority(Priority to, io.sportello.shared.Actor actor, Instant at, String why) {
        requireWorkable("change the priority of");
        if (priority == to) {
            return java.util.List.of();
        }
        TicketEvent e = event(TicketEventType.PRIORITY_CHANGED, actor, at, priority.name(), to.name(), why);
        priority = to;
        return java.util.List.of(e);
    }

    java.util.List<TicketEvent> changeCategory(Category to, io.sportello.shared.Actor actor, Instant at, String why) {
        requireWorkable("change the category of");
        if (category == to) {
            return java.util.List.of();
        }
        TicketEvent e = event(TicketEventType.CATEGORY_CHANGED, actor, at, category.name(), to.name(), why);
        category = to;
        return java.util.List.of(e);
    }

    /**
     * What the desk read in the ticket's first message: the category (kept when the customer chose one on a form),
     * the sentiment, the language and the order it is about. One history entry says what changed and why
     * ({@code why}: the model, its confidence, how the order was found; {@code detail}: scores and entities).
     */
    java.util.List<TicketEvent> understood(Category category, Sentiment sentiment, String language, String orderNumber,
                                           HistoryReason why, String detail, Instant at) {
        String before = reading();
        if (category != null) {
            this.category = category;
        }
        if (sentiment != null) {
            this.sentiment = sentiment;
        }
        if (language != null) {
            this.language = language;
        }
        if (orderNumber != null && this.orderNumber == null) {
            this.orderNumber = orderNumber;
        }
        return java.util.List.of(event(TicketEventType.UNDERSTOOD, io.sportello.shared.Actor.system(), at, before,
                reading(), why, detail));
    }

    private String reading() {
        return category + "/" + sentiment + "/" + language + (orderNumber == null ? "" : "/" + orderNumber);
    }

    /** A person says the ticket is written in another language (the replies, templates and models follow it). */
    java.util.List<TicketEvent> changeLanguage(String to, io.sportello.shared.Actor actor, Instant at, String why) {
        requireWorkable("change the language of");
        if (to == null || to.equals(language)) {
            return java.util.List.of();
        }
        TicketEvent e = event(TicketEventType.LANGUAGE_CHANGED, actor, at, language, to, why);
        language = to;
        return java.util.List.of(e);
    }

    /** Checks that {@code to} is a tier above the ticket's. */
    void checkEscalation(Tier to) {
        requireWorkable("escalate");
        if (to.ordinal() <= tier.ordinal()) {
            throw new io.sportello.shared.RuleViolationException("ESCALATION_TARGET",
                    "Ticket " + number + " is already at " + tier + "; escalate to a higher tier", tier.name());
        }
    }

    /** Moves the ticket to another tier; it is then unassigned until someone of that tier takes it. */
    java.util.List<TicketEvent> changeTier(Tier to, String reason, io.sportello.shared.Actor actor, Instant at) {
        return changeTier(to, null, reason, actor, at);
    }

    /** Moves the ticket to another tier for a reason of the desk's ({@code why}) or a person's ({@code reason}). */
    java.util.List<TicketEvent> changeTier(Tier to, HistoryReason why, String reason, io.sportello.shared.Actor actor,
                                           Instant at) {
        requireWorkable("escalate");
        TicketEvent e = event(TicketEventType.TIER_CHANGED, actor, at, tier.name(), to.name(), why, reason);
        tier = to;
        escalationCount++;
        assignee = null;
        return java.util.List.of(e);
    }

    /** The desk waits for the customer. */
    java.util.List<TicketEvent> markPending(io.sportello.shared.Actor actor, Instant at) {
        requireWorkable("set waiting for the customer");
        return status == TicketStatus.PENDING_CUSTOMER ? java.util.List.of()
                : java.util.List.of(status(TicketStatus.PENDING_CUSTOMER, actor, at, null));
    }

    /** The customer answered a ticket that waited for them. */
    java.util.List<TicketEvent> resume(io.sportello.shared.Actor actor, Instant at) {
        return status == TicketStatus.PENDING_CUSTOMER
                ? java.util.List.of(status(TicketStatus.OPEN, actor, at, HistoryReason.of(HistoryReason.CUSTOMER_REPLIED),
                null)) : java.util.List.of();
    }

    /** Resolved with a resolution code and summary. */
    java.util.List<TicketEvent> resolve(ResolutionCode code, String summary, io.sportello.shared.Actor actor, Instant at) {
        requireWorkable("resolve");
        resolvedAt = at;
        resolutionCode = code;
        resolutionSummary = summary;
        return java.util.List.of(status(TicketStatus.RESOLVED, actor, at,
                        HistoryReason.of(HistoryReason.RESOLVED_AS, HistoryReason.key("resolution." + code)), summary),
                event(TicketEventType.RESOLVED, actor, at, null, code.name(), summary));
    }

    /** Checks that the ticket is resolved and so can be reopened. */
    void checkReopenable() {
        if (status != TicketStatus.RESOLVED) {
            throw new io.sportello.shared.RuleViolationException("TRANSITION_NOT_ALLOWED",
                    "Ticket " + number + " is " + status + "; only resolved tickets can be reopened");
        }
    }

    /** A resolved ticket is worked on again. */
    java.util.List<TicketEvent> reopen(io.sportello.shared.Actor actor, Instant at) {
        checkReopenable();
        resolvedAt = null;
        resolutionCode = null;
        resolutionSummary = null;
        reopenCount++;
        return java.util.List.of(status(TicketStatus.OPEN, actor, at, null),
                event(TicketEventType.REOPENED, actor, at, null, null, null));
    }

    /** Closed for good; a ticket closed without being resolved is recorded as closed for no customer reply. */
    java.util.List<TicketEvent> close(HistoryReason why, io.sportello.shared.Actor actor, Instant at) {
        if (status == TicketStatus.CLOSED) {
            return java.util.List.of();
        }
        if (resolvedAt == null) {
            resolvedAt = at;
            resolutionCode = ResolutionCode.NO_CUSTOMER_REPLY;
        }
        closedAt = at;
        return java.util.List.of(status(TicketStatus.CLOSED, actor, at, why, null),
                event(TicketEventType.CLOSED, actor, at, null, null, why, null));
    }

    /** The ticket now belongs to another customer (a merge, or a merge undone). */
    java.util.List<TicketEvent> moveTo(Long toCustomer, TicketEventType type, HistoryReason why,
                                       io.sportello.shared.Actor actor, Instant at) {
        TicketEvent e = event(type, actor, at, String.valueOf(customerId), String.valueOf(toCustomer), why, null);
        customerId = toCustomer;
        return java.util.List.of(e);
    }

    /** Something happened to the ticket that changes none of its fields (warnings, notifications…). */
    TicketEvent note(TicketEventType type, io.sportello.shared.Actor actor, Instant at, HistoryReason why, String detail) {
        return event(type, actor, at, null, null, why, detail);
    }

    private TicketEvent status(TicketStatus to, io.sportello.shared.Actor actor, Instant at, String detail) {
        return status(to, actor, at, null, detail);
    }

    private TicketEvent status(TicketStatus to, io.sportello.shared.Actor actor, Instant at, HistoryReason why,
                               String detail) {
        TicketEvent e = event(TicketEventType.STATUS_CHANGED, actor, at, status.name(), to.name(), why, detail);
        status = to;
        return e;
    }

    private TicketEvent event(TicketEventType type, io.sportello.shared.Actor actor, Instant at, String from, String to,
                              String detail) {
        return event(type, actor, at, from, to, null, detail);
    }

    private TicketEvent event(TicketEventType type, io.sportello.shared.Actor actor, Instant at, String from, String to,
                              HistoryReason why, String detail) {
        updatedAt = at;
        return new TicketEvent(id, type, at, actor, from, to, why, detail);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getSubject() {
        return subject;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public Category getCategory() {
        return category;
    }

    public Tier getTier() {
        return tier;
    }

    public String getSkill() {
        return skill;
    }

    public Channel getChannel() {
        return channel;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public String getLanguage() {
        return language;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public boolean isSlaPaused() {
        return slaPaused;
    }

    public boolean isSlaBreached() {
        return slaBreached;
    }

    public ResolutionCode getResolutionCode() {
        return resolutionCode;
    }

    public String getResolutionSummary() {
        return resolutionSummary;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public int getEscalationCount() {
        return escalationCount;
    }

    public boolean isOpen() {
        return status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
    }
}
