package io.sportello.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reader's "was this helpful?" answer, kept with its time so reports can look at a period. */
@Entity
@Table(name = "kb_feedback")
public class KnowledgeFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_feedback_seq")
    @SequenceGenerator(name = "kb_feedback_seq", sequenceName = "kb_feedback_seq", allocationSize = 50)
    private Long id;
    private Long articleId;
    private Instant answeredAt;
    private boolean helped;

    protected KnowledgeFeedback() {
    }

    KnowledgeFeedback(Long articleId, Instant answeredAt, boolean helped) {
        this.articleId = articleId;
        this.answeredAt = answeredAt;
        this.helped = helped;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isHelped() {
        return helped;
    }
}
