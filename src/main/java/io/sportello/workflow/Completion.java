package io.sportello.workflow;

import io.sportello.ticket.Tier;

/** The outcome an agent completes a task with; escalations name the target tier and a reason. */
public record Completion(Outcome outcome, Tier targetTier, String reason) {

    public static Completion of(Outcome outcome) {
        return new Completion(outcome, null, null);
    }

    public static Completion escalate(Tier target, String reason) {
        return new Completion(Outcome.ESCALATE, target, reason);
    }
}
