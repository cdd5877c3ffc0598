package io.sportello.understanding;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code message_reading}: what the desk read in a ticket's first message, written once. */
@Entity
@Table(name = "message_reading")
class MessageReading {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_reading_seq")
    @SequenceGenerator(name = "message_reading_seq", sequenceName = "message_reading_seq", allocationSize = 1)
    private Long id;
    private Long ticketId;
    private Instant readAt;
    private String modelVersion;
    private String language;
    private double languageConfidence;
    private boolean languageFallback;
    private String category;
    private double categoryConfidence;
    private boolean categoryChosen;
    private String categoryScores;
    private String urgency;
    private double urgencyConfidence;
    private String sentiment;
    private double sentimentConfidence;
    private boolean presale;
    private double phaseConfidence;
    private String entities;
    private String orderNumber;
    private String orderRule;
    private boolean needsCheck;
    private boolean informal;
    private String repeatOf;
    private boolean answerable;

    protected MessageReading() {
    }

    MessageReading(Reading r, String categoryScores, String entities, Instant readAt) {
        this.ticketId = r.ticketId();
        this.readAt = readAt;
        this.modelVersion = r.modelVersion();
        this.language = r.language();
        this.languageConfidence = r.languageConfidence();
        this.languageFallback = r.languageFallback();
        this.category = r.category().name();
        this.categoryConfidence = r.categoryConfidence();
        this.categoryChosen = r.categoryChosen();
        this.categoryScores = categoryScores;
        this.urgency = r.urgency();
        this.urgencyConfidence = r.urgencyConfidence();
        this.sentiment = r.sentiment().name();
        this.sentimentConfidence = r.sentimentConfidence();
        this.presale = r.presale();
        this.phaseConfidence = r.phaseConfidence();
        this.entities = entities;
        this.orderNumber = r.orderNumber();
        this.orderRule = r.orderRule().name();
        this.needsCheck = r.needsCheck();
        this.informal = r.informal();
        this.repeatOf = r.repeatOf();
        this.answerable = r.answerable();
    }

    Long getTicketId() {
        return ticketId;
    }

    Instant getReadAt() {
        return readAt;
    }

    String getModelVersion() {
        return modelVersion;
    }

    String getLanguage() {
        return language;
    }

    double getLanguageConfidence() {
        return languageConfidence;
    }

    boolean isLanguageFallback() {
        return languageFallback;
    }

    String getCategory() {
        return category;
    }

    double getCategoryConfidence() {
        return categoryConfidence;
    }

    boolean isCategoryChosen() {
        return categoryChosen;
    }

    String getCategoryScores() {
        return categoryScores;
    }

    String getUrgency() {
        return urgency;
    }

    double getUrgencyConfidence() {
        return urgencyConfidence;
    }

    String getSentiment() {
        return sentiment;
    }

    double getSentimentConfidence() {
        return sentimentConfidence;
    }

    boolean isPresale() {
        return presale;
    }

    double getPhaseConfidence() {
        return phaseConfidence;
    }

    String getEntities() {
        return entities;
    }

    String getOrderNumber() {
        return orderNumber;
    }

    String getOrderRule() {
        return orderRule;
    }

    boolean isNeedsCheck() {
        return needsCheck;
    }

    boolean isInformal() {
        return informal;
    }

    String getRepeatOf() {
        return repeatOf;
    }

    boolean isAnswerable() {
        return answerable;
    }
}
