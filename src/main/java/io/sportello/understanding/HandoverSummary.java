package io.sportello.understanding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the next agent reads when a ticket changes hands (escalated, handed over, taken by a colleague): the problem,
 * the order, what was already tried and promised, what the customer said last — sentences taken from the thread by
 * {@link HandoverSummaries}, marked as generated; an agent may rewrite it, and then it shows who did.
 */
@Entity
@Table(name = "handover_summary")
public class HandoverSummary {

    /** Why the ticket changed hands. */
    /** Why the ticket changed hands: escalated, passed from one agent to another, or from the assistant to a person. */
    public enum Reason { ESCALATED, HANDED_OVER, FROM_ASSISTANT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handover_summary_seq")
    @SequenceGenerator(name = "handover_summary_seq", sequenceName = "handover_summary_seq", allocationSize = 1)
    private Long id;
    @Version
    private long version;
    private Long ticketId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Reason reason;
    private String problem;
    private String orderLine;
    private String tried;
    private String promised;
    private String lastCustomer;
    private Instant generatedAt;
    private String editedText;
    private String editedBy;
    private Instant editedAt;

    protected HandoverSummary() {
    }

    HandoverSummary(Long ticketId, Reason reason, Summary s, Instant at) {
        this.ticketId = ticketId;
        this.reason = reason;
        this.problem = s.problem();
        this.orderLine = s.order();
        this.tried = String.join("\n", s.tried());
        this.promised = String.join("\n", s.promised());
        this.lastCustomer = s.lastCustomer();
        this.generatedAt = at;
    }

    /** The parts of a generated summary (each may be empty). */
    public record Summary(String problem, String order, java.util.List<String> tried, java.util.List<String> promised,
                          String lastCustomer) {
    }

    void edit(String text, String by, Instant at) {
        this.editedText = text;
        this.editedBy = by;
        this.editedAt = at;
    }

    public Summary summary() {
        return new Summary(problem, orderLine, lines(tried), lines(promised), lastCustomer);
    }

    private static java.util.List<String> lines(String s) {
        return s == null || s.isBlank() ? java.util.List.of() : java.util.List.of(s.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    /** The agent's own version, if someone rewrote it. */
    public java.util.Optional<String> getEditedText() {
        return java.util.Optional.ofNullable(editedText);
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
