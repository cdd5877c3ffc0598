package io.sportello.survey;

import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.shared.Secrets;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends, answers and expires CSAT surveys. */
@Service
@Transactional
public class SurveyService {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private final SurveyRepository surveys;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    SurveyService(SurveyRepository surveys, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.surveys = surveys;
        this.clock = clock;
        this.events = events;
    }

    /** Creates the survey for a resolved ticket; while one is open for the ticket, returns that one. */
    public Survey send(Long ticketId) {
        return surveys.findFirstByTicketIdAndStatus(ticketId, SurveyStatus.SENT)
                .orElseGet(() -> {
                    String token = Secrets.newToken(24);
                    Survey survey = surveys.save(new Survey(ticketId, token, Secrets.hash(token), clock.instant()));
                    events.publishEvent(new SurveySent(ticketId, token, clock.instant()));
                    return survey;
                });
    }

    /**
     * Records the customer's answer. Scores outside 1–5 are refused; a survey is answered once and not
     * after it expired.
     */
    public Survey answer(String token, int score, String comment) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be between " + MIN_SCORE + " and " + MAX_SCORE);
        }
        return answer(findByToken(token).orElseThrow(() -> new NotFoundException("Survey", "with this token")), score, comment);
    }

    /** Records the answer of a customer who proved who they are otherwise (the caller checked the survey is theirs). */
    public Survey answer(Long surveyId, int score, String comment) {
        return answer(surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("Survey", surveyId)), score, comment);
    }

    private Survey answer(Survey survey, int score, String comment) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("score must be between " + MIN_SCORE + " and " + MAX_SCORE);
        }
        switch (survey.getStatus()) {
            case ANSWERED -> throw new RuleViolationException("SURVEY_ALREADY_ANSWERED", "This survey was already answered");
            case EXPIRED -> throw new RuleViolationException("SURVEY_EXPIRED", "This survey has expired");
            default -> survey.answer(score, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        }
        return survey;
    }

    /** The survey behind a token, if any (the token is what the customer got by e-mail). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Optional<Survey> findByToken(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? java.util.Optional.empty()
                : surveys.findByTokenHash(Secrets.hash(token));
    }

    public void expire(Long ticketId) {
        surveys.findFirstByTicketIdAndStatus(ticketId, SurveyStatus.SENT).ifPresent(Survey::expire);
    }

    @Transactional(readOnly = true)
    public List<Survey> ofTicket(Long ticketId) {
        return surveys.findByTicketIdOrderBySentAtDesc(ticketId);
    }

    /** The answered surveys of these tickets, latest answer first. */
    @Transactional(readOnly = true)
    public List<Survey> answeredOf(java.util.Collection<Long> ticketIds) {
        return ticketIds.isEmpty() ? List.of()
                : surveys.findByTicketIdInAndStatusOrderByAnsweredAtDesc(ticketIds, SurveyStatus.ANSWERED);
    }
}
