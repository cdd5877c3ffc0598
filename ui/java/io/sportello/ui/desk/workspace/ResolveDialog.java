package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ui.desk.workspace.WorkspaceEvents.ResolutionConfirmed;
import java.util.Arrays;

/**
 * Resolving a ticket: how it was resolved and a summary. The codes only the process gives (self-service, no
 * customer reply) are not offered. Confirming fires {@link ResolutionConfirmed}.
 */
class ResolveDialog extends Dialog {

    ResolveDialog(String number) {
        setHeaderTitle(getTranslation("resolve.title", number));
        Select<ResolutionCode> code = new Select<>();
        code.setLabel(getTranslation("resolve.code"));
        code.setItems(Arrays.stream(ResolutionCode.values())
                .filter(c -> c != ResolutionCode.SELF_SERVICE && c != ResolutionCode.NO_CUSTOMER_REPLY).toList());
        code.setItemLabelGenerator(c -> getTranslation("resolution." + c));
        code.setValue(ResolutionCode.ANSWERED);
        code.setId("resolve-code");
        TextArea summary = new TextArea(getTranslation("resolve.summary"));
        summary.setWidthFull();
        summary.setId("resolve-summary");
        Button confirm = new Button(getTranslation("action.resolve"),
                e -> fireEvent(new ResolutionConfirmed(this, code.getValue(), summary.getValue())));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("resolve-confirm");
        add(new VerticalLayout(code, summary));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    Registration onConfirm(ComponentEventListener<ResolutionConfirmed> listener) {
        return addListener(ResolutionConfirmed.class, listener);
    }
}
