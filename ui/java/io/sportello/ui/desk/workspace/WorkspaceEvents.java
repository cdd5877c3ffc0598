package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEvent;
import io.sportello.desk.DeskAction;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Tier;

/**
 * What the workspace's parts ask for, as typed events: the parts show and ask, the view carries it out through the
 * desk and renders again. None of the parts calls a service.
 */
final class WorkspaceEvents {

    private WorkspaceEvents() {
    }

    /** An action of the action bar was chosen. */
    static final class ActionChosen extends ComponentEvent<ActionBar> {
        final DeskAction action;

        ActionChosen(ActionBar source, DeskAction action) {
            super(source, true);
            this.action = action;
        }
    }

    /** The agent picked another priority in the header. */
    static final class PriorityChosen extends ComponentEvent<TicketHeader> {
        final Priority priority;

        PriorityChosen(TicketHeader source, Priority priority) {
            super(source, true);
            this.priority = priority;
        }
    }

    /** The agent picked another category in the header. */
    static final class CategoryChosen extends ComponentEvent<TicketHeader> {
        final Category category;

        CategoryChosen(TicketHeader source, Category category) {
            super(source, true);
            this.category = category;
        }
    }

    /** The agent picked another language in the header. */
    static final class LanguageChosen extends ComponentEvent<TicketHeader> {
        final String language;

        LanguageChosen(TicketHeader source, String language) {
            super(source, true);
            this.language = language;
        }
    }

    /** The agent checked the desk's reading: triage is to start from this category and language. */
    static final class TriageChecked extends ComponentEvent<ReadingPanel> {
        final Category category;
        final String language;
        final Priority priority;

        TriageChecked(ReadingPanel source, Category category, String language, Priority priority) {
            super(source, true);
            this.category = category;
            this.language = language;
            this.priority = priority;
        }
    }

    /** The agent rewrote the handover summary. */
    static final class HandoverEdited extends ComponentEvent<HandoverPanel> {
        final Long summaryId;
        final String text;

        HandoverEdited(HandoverPanel source, Long summaryId, String text) {
            super(source, true);
            this.summaryId = summaryId;
            this.text = text;
        }
    }

    /** The composer's text is to be sent, as a reply to the customer or as an internal note. */
    static final class SendRequested extends ComponentEvent<Composer> {
        final String text;
        final boolean note;

        SendRequested(Composer source, String text, boolean note) {
            super(source, true);
            this.text = text;
            this.note = note;
        }
    }

    /** The escalation dialog was confirmed. */
    static final class EscalationConfirmed extends ComponentEvent<EscalateDialog> {
        final Tier tier;
        final String reason;

        EscalationConfirmed(EscalateDialog source, Tier tier, String reason) {
            super(source, true);
            this.tier = tier;
            this.reason = reason;
        }
    }

    /** The resolve dialog was confirmed. */
    static final class ResolutionConfirmed extends ComponentEvent<ResolveDialog> {
        final ResolutionCode code;
        final String summary;

        ResolutionConfirmed(ResolveDialog source, ResolutionCode code, String summary) {
            super(source, true);
            this.code = code;
            this.summary = summary;
        }
    }

    /** A merge into the customer is to be undone. */
    static final class UndoMergeRequested extends ComponentEvent<CustomerPanel> {
        final Long mergeId;

        UndoMergeRequested(CustomerPanel source, Long mergeId) {
            super(source, true);
            this.mergeId = mergeId;
        }
    }

    /** The customer panel asks for the merge dialog. */
    static final class MergeRequested extends ComponentEvent<CustomerPanel> {
        MergeRequested(CustomerPanel source) {
            super(source, true);
        }
    }
}
