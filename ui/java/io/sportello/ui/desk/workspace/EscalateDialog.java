package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.Tier;
import io.sportello.ui.desk.workspace.WorkspaceEvents.EscalationConfirmed;
import java.util.Arrays;
import java.util.List;

/** Escalating a ticket: to which higher tier, and why (required). Confirming fires {@link EscalationConfirmed}. */
class EscalateDialog extends Dialog {

    EscalateDialog(Ticket ticket) {
        setHeaderTitle(getTranslation("escalate.title", ticket.getNumber()));
        Select<Tier> tier = new Select<>();
        tier.setLabel(getTranslation("escalate.tier"));
        List<Tier> higher = Arrays.stream(Tier.values()).filter(t -> t.ordinal() > ticket.getTier().ordinal()).toList();
        tier.setItems(higher);
        tier.setValue(higher.isEmpty() ? null : higher.get(0));
        tier.setId("escalate-tier");
        TextArea reason = new TextArea(getTranslation("escalate.reason"));
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("escalate-reason");
        Button confirm = new Button(getTranslation("action.escalate"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("escalate.reasonRequired"));
                return;
            }
            fireEvent(new EscalationConfirmed(this, tier.getValue(), reason.getValue()));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("escalate-confirm");
        add(new VerticalLayout(tier, reason));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    Registration onConfirm(ComponentEventListener<EscalationConfirmed> listener) {
        return addListener(EscalationConfirmed.class, listener);
    }
}
