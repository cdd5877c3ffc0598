package io.sportello.understanding;

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
 * One version of the desk's models: the data it learnt from (the corpus' training part and the corrections up to
 * {@code correctionsUpTo}), who trained it and why, its evaluation, and whether it is the one that reads now.
 */
@Entity
@Table(name = "understanding_model")
public class UnderstandingModel {

    /** Why a version was trained. */
    public enum Reason { INITIAL, ON_DEMAND, SCHEDULED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "understanding_model_seq")
    @SequenceGenerator(name = "understanding_model_seq", sequenceName = "understanding_model_seq", allocationSize = 1)
    private Long id;
    private String version;
    private String corpusVersion;
    private long correctionsUpTo;
    private int correctionsUsed;
    private int examples;
    private Instant trainedAt;
    private String trainedBy;
    @Enumerated(EnumType.STRING)
    private Reason reason;
    private String evaluation;
    private boolean active;
    private Instant activatedAt;

    protected UnderstandingModel() {
    }

    UnderstandingModel(String version, String corpusVersion, long correctionsUpTo, int correctionsUsed, int examples,
                       Instant trainedAt, String trainedBy, Reason reason, String evaluation) {
        this.version = version;
        this.corpusVersion = corpusVersion;
        this.correctionsUpTo = correctionsUpTo;
        this.correctionsUsed = correctionsUsed;
        this.examples = examples;
        this.trainedAt = trainedAt;
        this.trainedBy = trainedBy;
        this.reason = reason;
        this.evaluation = evaluation;
    }

    /**
     * The name the audit trail shows, in no language: the version, the corpus it learnt from and how many of the
     * agents' corrections, e.g. {@code v3 (corpus-1958-4f2a9c1b, +12)}.
     */
    public String label() {
        return label(version, corpusVersion, correctionsUsed);
    }

    static String label(String version, String corpusVersion, int corrections) {
        return version + " (" + corpusVersion + ", +" + corrections + ")";
    }

    void name(String version) {
        this.version = version;
    }

    void activate(Instant at) {
        active = true;
        activatedAt = at;
    }

    void deactivate() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public String getCorpusVersion() {
        return corpusVersion;
    }

    public long getCorrectionsUpTo() {
        return correctionsUpTo;
    }

    public int getCorrectionsUsed() {
        return correctionsUsed;
    }

    public int getExamples() {
        return examples;
    }

    public Instant getTrainedAt() {
        return trainedAt;
    }

    public String getTrainedBy() {
        return trainedBy;
    }

    public Reason getReason() {
        return reason;
    }

    /** The {@link Evaluation} as JSON. */
    String getEvaluation() {
        return evaluation;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
