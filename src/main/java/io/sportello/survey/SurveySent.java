package io.sportello.survey;

/** Published when a new survey was created for a resolved ticket, so that it can be sent to the customer. */
public record SurveySent(Long ticketId, String token) {
}
