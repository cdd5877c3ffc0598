package io.sportello.workflow;

import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;

import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Tier;

/**
 * How a person finishes the ticket's handling task, typed: the outcome and what it needs (an escalation its target
 * tier and reason, a resolution its code and summary). The process makes the change in the step the outcome leads to.
 */
@org.springframework.modulith.NamedInterface("runtime")
public record Completion(Outcome outcome, Tier targetTier, String reason, ResolutionCode resolutionCode,
                         String summary, Triage triage) {

    /** What a person says triage should start from: the category, the language and, if they chose one, the priority. */
    @org.springframework.modulith.NamedInterface("runtime")
    public record Triage(Category category, String language, Priority priority) {
    }

    public static Completion of(Outcome outcome) {
        return new Completion(outcome, null, null, null, null, null);
    }

    public static Completion escalate(Tier target, String reason) {
        return new Completion(Outcome.ESCALATE, target, reason, null, null, null);
    }

    public static Completion resolve(ResolutionCode code, String summary) {
        return new Completion(Outcome.RESOLVE, null, null, code, summary, null);
    }

    /** The ticket's triage was corrected while it was being worked: triage runs again from {@code triage}. */
    public static Completion retriage(Triage triage, String reason) {
        return new Completion(Outcome.RETRIAGE, null, reason, null, null, triage);
    }

    /** The desk's reading of a new ticket was checked: triage starts from {@code triage}. */
    public static Completion checked(Triage triage) {
        return new Completion(Outcome.CHECKED, null, null, null, null, triage);
    }
}
