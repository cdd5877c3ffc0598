package io.sportello.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private Long ticketId;
    /** Only the hash of the link's token is kept: the token itself goes out in the survey e-mail and nowhere else. */
    private String tokenHash;
    @Transient
    private String linkToken;
    @Enumerated(EnumType.STRING)
    private SurveyStatus status;
    private Instant sentAt;
    private Instant answeredAt;
    private Integer score;
    private String comment;

    protected Survey() {
    }

    Survey(Long ticketId, String linkToken, String tokenHash, Instant sentAt) {
        this.ticketId = ticketId;
        this.linkToken = linkToken;
        this.tokenHash = tokenHash;
        this.sentAt = sentAt;
        this.status = SurveyStatus.SENT;
    }

    void answer(int score, String comment, Instant at) {
        this.score = score;
        this.comment = comment;
        this.answeredAt = at;
        this.status = SurveyStatus.ANSWERED;
    }

    void expire() {
        this.status = SurveyStatus.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    /**
     * The secret the customer's survey link carries, known only on the survey just created (it is sent to the customer
     * and then forgotten: a survey read back from the database has none).
     */
    public java.util.Optional<String> linkToken() {
        return java.util.Optional.ofNullable(linkToken);
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public boolean isDetractor() {
        return score != null && score <= 2;
    }
}
