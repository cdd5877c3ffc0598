package io.sportello.workflow;

import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Tier;

/**
 * How a person finishes the ticket's handling task, typed: the outcome and what it needs (an escalation its target
 * tier and reason, a resolution its code and summary). The process makes the change in the step the outcome leads to.
 */
@org.springframework.modulith.NamedInterface("runtime")
public record Completion(Outcome outcome, Tier targetTier, String reason, ResolutionCode resolutionCode,
                         String summary) {

    public static Completion of(Outcome outcome) {
        return new Completion(outcome, null, null, null, null);
    }

    public static Completion escalate(Tier target, String reason) {
        return new Completion(Outcome.ESCALATE, target, reason, null, null);
    }

    public static Completion resolve(ResolutionCode code, String summary) {
        return new Completion(Outcome.RESOLVE, null, null, code, summary);
    }
}
