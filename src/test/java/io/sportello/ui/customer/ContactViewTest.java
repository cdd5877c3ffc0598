package io.sportello.ui.customer;

import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public contact form, used without signing in. */
class ContactViewTest extends KaribuTest {

    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;

    @SuppressWarnings("unchecked")
    private void fill(String email, String message) {
        UI.getCurrent().navigate(ContactView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("contact-name")), "Chiara Ferri");
        _setValue(_get(EmailField.class, spec -> spec.withId("contact-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("contact-order")), "ORD-2026-100014");
        _setValue(_get(Select.class, spec -> spec.withId("contact-topic")), Category.RETURN);
        _setValue(_get(TextArea.class, spec -> spec.withId("contact-message")), message);
    }

    private String result() {
        return _get(Div.class, spec -> spec.withId("contact-result")).getElement().getTextRecursively();
    }

    @Test
    void aVisitorSendsTheFormAndGetsTheTicketNumber() {
        String email = "chiara." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        fill(email, "Vorrei restituire le scarpe, sono troppo strette.");
        _click(_get(Button.class, spec -> spec.withId("contact-send")));

        assertThat(result()).contains("Your request is ticket SP-");
        String number = result().replaceAll(".*(SP-\\d+).*", "$1");
        Ticket ticket = tickets.getByNumber(number);
        assertThat(ticket.getChannel()).isEqualTo(Channel.WEB_FORM);
        assertThat(ticket.getCategory()).isEqualTo(Category.RETURN);
        assertThat(ticket.getOrderNumber()).isEqualTo("ORD-2026-100014");
        assertThat(customers.get(ticket.getCustomerId()).getEmail()).isEqualTo(email);
    }

    @Test
    void aMissingEmailIsExplainedOnTheField() {
        fill("not an address", "Vorrei restituire le scarpe, sono troppo strette.");
        _click(_get(Button.class, spec -> spec.withId("contact-send")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("contact-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Please enter a valid e-mail address.");
        assertThat(result()).isEmpty();
    }

    @Test
    void aBotFillingTheHoneypotGetsNoTicket() {
        String email = "bot" + UUID.randomUUID().toString().substring(0, 8) + "@spam.example";
        fill(email, "Buy cheap watches at our wonderful shop now");
        _setValue(_get(TextField.class, spec -> spec.withId("contact-website")), "http://spam.example");
        _click(_get(Button.class, spec -> spec.withId("contact-send")));

        assertThat(result()).contains("Thank you").doesNotContain("SP-");
        assertThat(customers.find(Channel.EMAIL, email)).isEmpty();
    }

    @Test
    void tooManyRequestsFromOneAddressAreRefusedPolitely() {
        String email = "fretta" + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        for (int i = 0; i < 3; i++) {
            fill(email, "Richiesta numero " + i + " sul mio ordine");
            _click(_get(Button.class, spec -> spec.withId("contact-send")));
            assertThat(result()).contains("SP-");
        }
        fill(email, "Richiesta numero 4 sul mio ordine");
        _click(_get(Button.class, spec -> spec.withId("contact-send")));
        assertThat(result()).contains("several requests in a short time");
    }
}
