package io.sportello.understanding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message and the category an agent said it really has (a correction of the desk's reading, or a check that
 * confirmed it): the next model version learns from it. Written once, never changed.
 */
@Entity
@Table(name = "training_example")
public class TrainingExample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_example_seq")
    @SequenceGenerator(name = "training_example_seq", sequenceName = "training_example_seq", allocationSize = 1)
    private Long id;
    private Long ticketId;
    private String language;
    private String text;
    private String category;
    private String readAs;
    private String modelVersion;
    private String correctedBy;
    private Instant createdAt;

    protected TrainingExample() {
    }

    TrainingExample(Long ticketId, String language, String text, String category, String readAs, String modelVersion,
                    String correctedBy, Instant createdAt) {
        this.ticketId = ticketId;
        this.language = language;
        this.text = text;
        this.category = category;
        this.readAs = readAs;
        this.modelVersion = modelVersion;
        this.correctedBy = correctedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getLanguage() {
        return language;
    }

    public String getText() {
        return text;
    }

    public String getCategory() {
        return category;
    }

    /** What the desk had read (null when it had not read this message). */
    public String getReadAs() {
        return readAs;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    Corpus.Example asExample() {
        return new Corpus.Example(language, category, null, null, null, text);
    }
}
