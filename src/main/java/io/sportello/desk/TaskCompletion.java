package io.sportello.desk;

import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Tier;
import io.sportello.workflow.Outcome;

/**
 * How an agent completes a work item from the generic work-item API: the outcome and what the desk command behind it
 * needs (an escalation's tier and reason, a reply's message, a resolution's code and summary).
 */
public record TaskCompletion(Outcome outcome, Tier tier, String reason, String message, ResolutionCode code,
                             String summary) {
}
