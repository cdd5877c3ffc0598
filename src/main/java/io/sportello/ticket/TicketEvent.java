package io.sportello.ticket;

import io.sportello.shared.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a ticket's history: what changed, from what to what, who did it and why. Never updated. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    private Long id;

    private Long ticketId;
    @Enumerated(EnumType.STRING)
    private TicketEventType type;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Actor.Kind actorKind;
    private String actorId;
    private String actorName;
    private String fromValue;
    private String toValue;
    /** Free text a person wrote (a resolution summary, an escalation's reason); never a sentence of the desk's. */
    private String detail;
    private String reason;
    private String reasonArguments;

    protected TicketEvent() {
    }

    TicketEvent(Long ticketId, TicketEventType type, Instant occurredAt, Actor actor, String fromValue, String toValue,
                String detail) {
        this.ticketId = ticketId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actorKind = actor.kind();
        this.actorId = actor.id();
        this.actorName = actor.displayName();
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.detail = detail;
    }

    TicketEvent(Long ticketId, TicketEventType type, Instant occurredAt, Actor actor, String fromValue, String toValue,
                HistoryReason reason, String detail) {
        this(ticketId, type, occurredAt, actor, fromValue, toValue, detail);
        if (reason != null) {
            this.reason = reason.code();
            this.reasonArguments = reason.encodedArguments();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public TicketEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Actor.Kind getActorKind() {
        return actorKind;
    }

    public String getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }

    public String getDetail() {
        return detail;
    }

    /** Why it happened, as a code and arguments; null when a person's own words ({@link #getDetail()}) say it. */
    public HistoryReason getReason() {
        return HistoryReason.decode(reason, reasonArguments);
    }
}
