package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.sportello.desk.DeskAction;
import io.sportello.understanding.HandoverSummary;
import io.sportello.ui.desk.workspace.WorkspaceEvents.HandoverEdited;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The handover summary for the agent who takes a ticket over: the problem, the order, what was already done and
 * promised, what the customer said last — taken from the thread by the desk and marked as generated; an agent who
 * may act on the ticket can rewrite it (then it says who did).
 */
class HandoverPanel extends Div {

    HandoverPanel() {
        setId("handover");
        addClassName("reading-panel");
    }

    void show(WorkspaceReads.Workspace w, Function<Instant, String> format) {
        removeAll();
        if (w.handover().isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        HandoverSummary h = w.handover().get();
        Span title = new Span(h.getEditedText().isPresent()
                ? getTranslation("handover.title.edited", h.getEditedBy(), format.apply(h.getEditedAt()))
                : getTranslation("handover.title.generated", getTranslation("handover.reason." + h.getReason()),
                format.apply(h.getGeneratedAt())));
        title.setId("handover-title");
        title.addClassName("reading-title");
        add(title);
        Div body = new Div();
        body.setId("handover-text");
        if (h.getEditedText().isPresent()) {
            h.getEditedText().get().lines().forEach(line -> body.add(new Paragraph(line)));
        } else {
            composed(h.summary()).forEach(line -> body.add(new Paragraph(line)));
        }
        add(body);
        boolean mayEdit = w.allowed().allows(DeskAction.NOTE);
        if (mayEdit) {
            Button edit = new Button(getTranslation("handover.edit"));
            edit.setId("handover-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.addClickListener(e -> editor(h));
            add(edit);
        }
    }

    private void editor(HandoverSummary h) {
        removeAll();
        TextArea text = new TextArea(getTranslation("handover.edit"));
        text.setId("handover-editor");
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setValue(h.getEditedText().orElse(String.join("\n", composed(h.summary()))));
        Button save = new Button(getTranslation("handover.save"), e -> fireEvent(new HandoverEdited(this, h.getId(),
                text.getValue())));
        save.setId("handover-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, new HorizontalLayout(save));
    }

    /** The generated parts, each under its heading in the reader's language. */
    private List<String> composed(HandoverSummary.Summary s) {
        List<String> lines = new ArrayList<>();
        if (s.problem() != null && !s.problem().isBlank()) {
            lines.add(getTranslation("handover.problem", s.problem()));
        }
        if (s.order() != null) {
            lines.add(getTranslation("handover.order", s.order()));
        }
        if (!s.tried().isEmpty()) {
            lines.add(getTranslation("handover.tried", String.join(" / ", s.tried())));
        }
        if (!s.promised().isEmpty()) {
            lines.add(getTranslation("handover.promised", String.join(" / ", s.promised())));
        }
        if (s.lastCustomer() != null) {
            lines.add(getTranslation("handover.last", s.lastCustomer()));
        }
        return lines;
    }

    Registration onEdited(ComponentEventListener<HandoverEdited> listener) {
        return addListener(HandoverEdited.class, listener);
    }
}
