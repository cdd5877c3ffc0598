package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.sportello.knowledge.ReplyTemplates;
import io.sportello.ui.desk.workspace.WorkspaceEvents.SendRequested;
import java.util.function.Function;

/**
 * The composer: a reply to the customer or an internal note, optionally started from a template. An empty text is
 * refused here; what to do with the text is the view's.
 */
class Composer extends VerticalLayout {

    static final String REPLY = "reply";
    static final String NOTE = "note";

    final TextArea text = new TextArea();
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    final ComboBox<ReplyTemplates.Template> template = new ComboBox<>();
    final Button send = new Button();

    // renders a template for the ticket now open, in the agent's name
    Composer(java.util.List<ReplyTemplates.Template> templates, Function<ReplyTemplates.Template, String> render) {
        setPadding(false);
        text.setLabel(getTranslation("ticket.composer"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setId("composer");
        kind.setLabel(getTranslation("ticket.composer.kind"));
        kind.setItems(REPLY, NOTE);
        kind.setItemLabelGenerator(k -> getTranslation("ticket.composer." + k));
        kind.setValue(REPLY);
        kind.setId("composer-kind");
        template.setLabel(getTranslation("ticket.template"));
        template.setItemLabelGenerator(ReplyTemplates.Template::title);
        template.setItems(templates);
        template.setId("template");
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                text.setValue(render.apply(e.getValue()));
                template.clear();
            }
        });
        send.setText(getTranslation("ticket.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send");
        send.addClickListener(e -> send());
        HorizontalLayout bar = new HorizontalLayout(kind, template, send);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(text, bar);
    }

    void send() {
        String value = text.getValue();
        if (value == null || value.isBlank()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("ticket.composer.empty"));
            return;
        }
        text.setInvalid(false);
        fireEvent(new SendRequested(this, value, NOTE.equals(kind.getValue())));
    }

    /** Starts a reply or a note with the cursor in the text (keyboard shortcuts). */
    void start(String what) {
        kind.setValue(what);
        text.focus();
    }

    void setOpen(boolean open) {
        text.setEnabled(open);
        send.setEnabled(open);
    }

    void sent() {
        text.clear();
    }

    Registration onSend(ComponentEventListener<SendRequested> listener) {
        return addListener(SendRequested.class, listener);
    }
}
