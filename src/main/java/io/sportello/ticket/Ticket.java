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
 * One customer problem. Mutated only through {@link TicketService}, which checks transitions and
 * records each change as a {@link TicketEvent}.
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

    void setStatus(TicketStatus status) {
        this.status = status;
    }

    void setPriority(Priority priority) {
        this.priority = priority;
    }

    void setCategory(Category category) {
        this.category = category;
    }

    void setTier(Tier tier) {
        this.tier = tier;
    }

    void setSkill(String skill) {
        this.skill = skill;
    }

    void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    void setFirstResponseAt(Instant at) {
        this.firstResponseAt = at;
    }

    void setResolved(Instant at, ResolutionCode code, String summary) {
        this.resolvedAt = at;
        this.resolutionCode = code;
        this.resolutionSummary = summary;
    }

    void setClosedAt(Instant at) {
        this.closedAt = at;
    }

    void setSla(Instant firstResponseDue, Instant resolutionDue, boolean paused) {
        this.firstResponseDue = firstResponseDue;
        this.resolutionDue = resolutionDue;
        this.slaPaused = paused;
    }

    void markSlaBreached() {
        this.slaBreached = true;
    }

    void countReopen() {
        this.reopenCount++;
    }

    void countEscalation() {
        this.escalationCount++;
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
