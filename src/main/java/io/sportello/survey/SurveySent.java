package io.sportello.survey;

/**
 * Published when a new survey was created for a resolved ticket, so that it can be sent to the customer. The token is
 * the only copy of the link's secret (the survey keeps its hash): whoever sends the mail must not store it.
 */
public record SurveySent(Long ticketId, String token, java.time.Instant sentAt) {
}
