package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.sportello.customer.CustomerService;
import io.sportello.shared.FieldException;
import io.sportello.desk.TicketDesk;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Channel;
import java.util.function.Consumer;

/**
 * Logs a phone call: on an open ticket, or as a new ticket for the caller (whose number is looked up to a customer
 * while the agent types it).
 */
public class CallDialog extends Dialog {

    final TextField phone = new TextField();
    final TextField callerName = new TextField();
    final TextField subject = new TextField();
    final RadioButtonGroup<Boolean> direction = new RadioButtonGroup<>();
    final IntegerField minutes = new IntegerField();
    final TextArea notes = new TextArea();
    final Span known = new Span();

    public CallDialog(TicketDesk desk, CustomerService customers, SportelloUser me, String ticketNumber, Consumer<String> done) {
        setHeaderTitle(ticketNumber != null ? getTranslation("call.titleOn", ticketNumber) : getTranslation("call.titleNew"));
        phone.setLabel(getTranslation("call.phone"));
        phone.setId("call-phone");
        phone.setValueChangeMode(ValueChangeMode.LAZY);
        known.setId("call-known");
        phone.addValueChangeListener(e -> known.setText(customers.find(Channel.PHONE, e.getValue())
                .map(c -> getTranslation("call.known", c.getDisplayName())).orElse(
                        e.getValue().isBlank() ? "" : getTranslation("call.unknown"))));
        callerName.setLabel(getTranslation("call.name"));
        callerName.setId("call-name");
        subject.setLabel(getTranslation("call.subject"));
        subject.setId("call-subject");
        direction.setLabel(getTranslation("call.direction"));
        direction.setItems(true, false);
        direction.setItemLabelGenerator(in -> getTranslation(in ? "call.inbound" : "call.outbound"));
        direction.setValue(true);
        direction.setId("call-direction");
        minutes.setLabel(getTranslation("call.minutes"));
        minutes.setMin(0);
        minutes.setMax(600);
        minutes.setValue(5);
        minutes.setId("call-minutes");
        notes.setLabel(getTranslation("call.notes"));
        notes.setWidthFull();
        notes.setMinHeight("8em");
        notes.setId("call-notes");
        VerticalLayout form = new VerticalLayout();
        if (ticketNumber == null) {
            form.add(phone, known, callerName, subject);
        }
        form.add(direction, minutes, notes);
        add(form);
        Button save = new Button(getTranslation("call.save"), e -> {
            notes.setInvalid(false);
            phone.setInvalid(false);
            try {
                int duration = minutes.getValue() == null ? 0 : minutes.getValue();
                String number = ticketNumber;
                if (ticketNumber != null) {
                    desk.logCall(ticketNumber, direction.getValue(), duration, notes.getValue(), me);
                } else {
                    number = desk.openFromCall(phone.getValue(), callerName.getValue(), subject.getValue(), notes.getValue(),
                            direction.getValue(), duration, null, null, me).ticket().getNumber();
                }
                close();
                done.accept(number);
            } catch (FieldException ex) {
                if ("phone".equals(ex.field())) {
                    phone.setErrorMessage(getTranslation("call.error.phone"));
                    phone.setInvalid(true);
                } else if ("minutes".equals(ex.field())) {
                    minutes.setErrorMessage(getTranslation("call.error.minutes"));
                    minutes.setInvalid(true);
                } else {
                    notes.setErrorMessage(getTranslation("call.error.notes"));
                    notes.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("call-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
