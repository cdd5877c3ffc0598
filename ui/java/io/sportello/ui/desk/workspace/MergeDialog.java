package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.desk.TicketDesk;
import io.sportello.security.SportelloUser;
import io.sportello.shared.RuleViolationException;

/** Merges another customer record of the same person into the ticket's customer. */
class MergeDialog extends Dialog {

    final ComboBox<Customer> other = new ComboBox<>();

    MergeDialog(TicketDesk desk, CustomerService customers, SportelloUser me, Customer target, Runnable done) {
        setHeaderTitle(getTranslation("merge.title", target.getDisplayName()));
        other.setLabel(getTranslation("merge.other"));
        other.setWidth("28em");
        other.setId("merge-other");
        other.setItems(query -> customers.search(query.getFilter().orElse(""), query.getLimit() + query.getOffset()).stream()
                .filter(c -> !c.getId().equals(target.getId())).skip(query.getOffset()).limit(query.getLimit()));
        other.setItemLabelGenerator(c -> c.getDisplayName() + " · " + (c.getEmail() != null ? c.getEmail()
                : c.getPhone() != null ? c.getPhone() : "#" + c.getId()));
        add(new VerticalLayout(new Paragraph(getTranslation("merge.explain", target.getDisplayName())), other));
        Button confirm = new Button(getTranslation("merge.confirm"), e -> {
            if (other.getValue() == null) {
                other.setErrorMessage(getTranslation("merge.pick"));
                other.setInvalid(true);
                return;
            }
            try {
                desk.mergeCustomers(other.getValue().getId(), target.getId(), me);
                close();
                done.run();
            } catch (RuleViolationException ex) {
                other.setErrorMessage(getTranslation("merge.refused"));
                other.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("merge-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
