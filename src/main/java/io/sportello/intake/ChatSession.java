package io.sportello.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One live chat of a customer on a ticket: when it started, when an agent first answered (the waiting time), and how
 * it ended — a customer who leaves before any agent answer is an abandoned chat.
 */
@Entity
@Table(name = "chat_session")
public class ChatSession {

    public enum Status { WAITING, ACTIVE, ENDED, ABANDONED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_session_seq")
    @SequenceGenerator(name = "chat_session_seq", sequenceName = "chat_session_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;
    private Long ticketId;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant startedAt;
    private Instant firstAgentReplyAt;
    private Instant endedAt;

    protected ChatSession() {
    }

    ChatSession(Long ticketId, Long customerId, Instant startedAt) {
        this.ticketId = ticketId;
        this.customerId = customerId;
        this.startedAt = startedAt;
        this.status = Status.WAITING;
    }

    void agentAnswered(Instant at) {
        if (firstAgentReplyAt == null && isOpen()) {
            firstAgentReplyAt = at;
            status = Status.ACTIVE;
        }
    }

    /** The customer left or closed the chat: abandoned if no agent had answered yet. */
    void end(Instant at) {
        if (isOpen()) {
            endedAt = at;
            status = firstAgentReplyAt == null ? Status.ABANDONED : Status.ENDED;
        }
    }

    public boolean isOpen() {
        return status == Status.WAITING || status == Status.ACTIVE;
    }

    /** How long the customer waited for the first agent message (so far, while still waiting). */
    public Duration waited(Instant now) {
        Instant until = firstAgentReplyAt != null ? firstAgentReplyAt : endedAt != null ? endedAt : now;
        return Duration.between(startedAt, until);
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFirstAgentReplyAt() {
        return firstAgentReplyAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
