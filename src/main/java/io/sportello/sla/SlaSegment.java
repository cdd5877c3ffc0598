package io.sportello.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stretch of time in which a ticket's SLA clock was running or paused, and why. */
@Entity
@Table(name = "sla_segment")
public class SlaSegment {

    /**
     * The reason of the pause while the self-service assistant holds the conversation: desk time in which no person is
     * expected to answer yet (unlike a pause waiting for the customer).
     */
    public static final String WITH_THE_ASSISTANT = "with the assistant";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_segment_seq")
    @SequenceGenerator(name = "sla_segment_seq", sequenceName = "sla_segment_seq", allocationSize = 50)
    private Long id;

    private Long ticketId;
    @Enumerated(EnumType.STRING)
    private SlaState state;
    private String reason;
    private Instant startedAt;
    private Instant endedAt;

    protected SlaSegment() {
    }

    SlaSegment(Long ticketId, SlaState state, String reason, Instant startedAt) {
        this.ticketId = ticketId;
        this.state = state;
        this.reason = reason;
        this.startedAt = startedAt;
    }

    /** Paused because the assistant held the conversation. */
    public boolean isWithTheAssistant() {
        return state == SlaState.PAUSED && WITH_THE_ASSISTANT.equals(reason);
    }

    void end(Instant at) {
        endedAt = at;
    }

    /** The segment goes on: a pause that lasted no time at all is taken back. */
    void goOn() {
        endedAt = null;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public SlaState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
