package io.sportello.knowledge;

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
 * A customer about to write to the desk said an article answered their question: no ticket was opened. Counted by
 * where it happened (contact form, chat, portal, help centre).
 */
@Entity
@Table(name = "kb_deflection")
public class KnowledgeDeflection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_deflection_seq")
    @SequenceGenerator(name = "kb_deflection_seq", sequenceName = "kb_deflection_seq", allocationSize = 50)
    private Long id;
    private Instant deflectedAt;
    @Enumerated(EnumType.STRING)
    private KnowledgeSearchLog.Source source;
    private String language;
    private String groupKey;
    private String question;

    protected KnowledgeDeflection() {
    }

    KnowledgeDeflection(Instant deflectedAt, KnowledgeSearchLog.Source source, String language, String groupKey,
                        String question) {
        this.deflectedAt = deflectedAt;
        this.source = source;
        this.language = language;
        this.groupKey = groupKey;
        this.question = question;
    }

    public Instant getDeflectedAt() {
        return deflectedAt;
    }

    public KnowledgeSearchLog.Source getSource() {
        return source;
    }

    public String getLanguage() {
        return language;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public String getQuestion() {
        return question;
    }
}
