package io.sportello.ticket;

import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One message of a ticket's thread: what a customer wrote, an agent's public reply, or an internal note. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    private Long id;

    private Long ticketId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    @Enumerated(EnumType.STRING)
    private Actor.Kind authorKind;
    private String authorId;
    private String authorName;
    private String bodyText;
    private String bodyHtml;
    private String externalId;
    private String noteKey;
    private String noteArguments;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "ticket_message_attachment", joinColumns = @JoinColumn(name = "message_id"))
    private List<Attachment> attachments = new ArrayList<>();

    protected TicketMessage() {
    }

    TicketMessage(Long ticketId, Channel channel, Direction direction, Visibility visibility, Actor author,
                  String bodyText, String bodyHtml, String externalId, List<Attachment> attachments, Instant createdAt) {
        this.ticketId = ticketId;
        this.channel = channel;
        this.direction = direction;
        this.visibility = visibility;
        this.authorKind = author.kind();
        this.authorId = author.id();
        this.authorName = author.displayName();
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.externalId = externalId;
        this.attachments = new ArrayList<>(attachments);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Actor.Kind getAuthorKind() {
        return authorKind;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    void deskNote(HistoryReason note) {
        if (note != null) {
            this.noteKey = note.code();
            this.noteArguments = note.encodedArguments();
        }
    }

    /** For a note the desk wrote itself: its code and arguments, to be told in the reader's language. */
    public java.util.Optional<HistoryReason> getDeskNote() {
        return java.util.Optional.ofNullable(HistoryReason.decode(noteKey, noteArguments));
    }

    public String getBodyText() {
        return bodyText;
    }

    /** Sanitised HTML, safe to render; null for plain-text messages. */
    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getExternalId() {
        return externalId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public boolean isInternalNote() {
        return visibility == Visibility.INTERNAL;
    }

    /** A public answer of the self-service assistant. */
    public boolean isFromAssistant() {
        return direction == Direction.OUTBOUND && visibility == Visibility.PUBLIC
                && io.sportello.shared.Actor.isAssistant(authorKind, authorId);
    }
}
