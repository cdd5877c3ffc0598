/**
 * Customer satisfaction surveys: one secret token per survey, a 1–5 score with an optional comment,
 * expiry when unanswered. Low scores (1–2) are detractors a supervisor follows up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package io.sportello.survey;
