package io.sportello.knowledge;

import io.sportello.shared.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reply template content owners keep: one per key, language and channel (no channel: every channel; a channel's own
 * version wins on it). Its text carries snippets in braces, filled from the ticket when an agent inserts it:
 * {@code {customer} {ticket} {order} {carrier} {tracking} {trackingLink} {expectedDelivery} {agent}}.
 */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_template_seq")
    @SequenceGenerator(name = "reply_template_seq", sequenceName = "reply_template_seq", allocationSize = 50)
    private Long id;
    private String templateKey;
    private String language;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    /** The channel's name, or {@code *} for every channel: what the unique constraint compares (it skips nulls). */
    private String channelKey;
    private String title;
    private String body;
    private String updatedBy;
    private Instant updatedAt;

    protected ReplyTemplate() {
    }

    ReplyTemplate(String templateKey, String language, Channel channel) {
        this.templateKey = templateKey;
        this.language = language;
        this.channel = channel;
        this.channelKey = channel == null ? "*" : channel.name();
    }

    void write(String title, String body, String by, Instant at) {
        this.title = title;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public String getLanguage() {
        return language;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
