package io.sportello.ui.desk.workspace;

import io.sportello.ui.desk.inbox.InboxView;
import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.customer.CustomerValue;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace's channel tools: logging calls, merging customers, seeing whether a reply reached the customer. */
class WorkspaceChannelsTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;

    Ticket open(String email) {
        return desk.open(new OpenTicket(Channel.EMAIL, email, "Mario Verdi", "Pacco danneggiato",
                "La scatola è arrivata rotta", Category.SHIPPING, null, "it", null, null), Actor.system()).ticket();
    }

    void workspace(Ticket ticket) {
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));
    }

    @Test
    void anAgentLogsACallOnTheTicket() {
        login("luca");
        Ticket ticket = open(UUID.randomUUID() + "@esempio.it");
        workspace(ticket);
        _click(_get(Button.class, spec -> spec.withId("action-log-call")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("call-minutes")), 7);
        _setValue(_get(TextArea.class, spec -> spec.withId("call-notes")), "Spiegato come aprire la pratica con il corriere.");
        _click(_get(Button.class, spec -> spec.withId("call-save")));

        TicketMessage call = tickets.messages(ticket.getId()).get(1);
        assertThat(call.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(call.getBodyText()).isEqualTo("Spiegato come aprire la pratica con il corriere.");
        assertThat(tickets.getByNumber(ticket.getNumber()).getFirstResponseAt()).isNotNull();
        assertThat(tickets.history(ticket.getId())).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(TicketEventType.CALL_LOGGED);
            assertThat(e.getReason()).isEqualTo(io.sportello.ticket.HistoryReason.of(io.sportello.ticket.HistoryReason.CALL,
                    "#history.call.inbound", 7));
        });
    }

    @Test
    void aCallFromAKnownNumberOpensATicketForThatCustomer() {
        login("luca");
        String phone = "+39 347 " + (1000000 + (int) (Math.random() * 8999999));
        Customer known = customers.register("Franca Lodi", UUID.randomUUID() + "@esempio.it", phone, "it", CustomerValue.VIP);
        UI.getCurrent().navigate(InboxView.class);
        _click(_get(Button.class, spec -> spec.withId("inbox-log-call")));
        _setValue(_get(TextField.class, spec -> spec.withId("call-phone")), phone.replace(" ", ""));
        assertThat(_get(Span.class, spec -> spec.withId("call-known")).getText()).isEqualTo("Known customer: Franca Lodi");
        _setValue(_get(TextArea.class, spec -> spec.withId("call-notes")), "Il codice sconto non viene accettato al checkout");
        _click(_get(Button.class, spec -> spec.withId("call-save")));

        Ticket ticket = tickets.ofCustomer(known.getId()).get(0);
        assertThat(ticket.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(ticket.getSubject()).isEqualTo("Il codice sconto non viene accettato al checkout");
        assertThat(tickets.history(ticket.getId())).anyMatch(e -> e.getType() == TicketEventType.CALL_LOGGED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoRecordsOfOnePersonAreMergedAndTheHistoryShowsIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Ticket byMail = open("rita." + tag + "@esempio.it");
        Ticket byWhatsApp = desk.open(new OpenTicket(Channel.WHATSAPP, "+39 333 " + tag.hashCode() % 1000000,
                "Rita " + tag, "Reso", "Vorrei fare un reso", Category.RETURN, null, "it", null, null), Actor.system()).ticket();
        login("luca");
        workspace(byMail);
        // merging customers is a supervisor's decision: no merge action for an agent
        _assertNone(Button.class, spec -> spec.withId("action-merge"));
        login("elena");
        workspace(byMail);
        _click(_get(Button.class, spec -> spec.withId("action-merge")));
        ComboBox<Customer> other = _get(ComboBox.class, spec -> spec.withId("merge-other"));
        Customer whatsApp = customers.get(byWhatsApp.getCustomerId());
        _setValue(other, whatsApp);
        _click(_get(Button.class, spec -> spec.withId("merge-confirm")));

        Long target = byMail.getCustomerId();
        assertThat(tickets.getByNumber(byWhatsApp.getNumber()).getCustomerId()).isEqualTo(target);
        assertThat(customers.identities(target)).extracting(i -> i.getChannel()).contains(Channel.EMAIL, Channel.WHATSAPP);
        assertThat(customers.get(whatsApp.getId()).getMergedIntoId()).isEqualTo(target);
        assertThat(tickets.history(byWhatsApp.getId())).anyMatch(e -> e.getType() == TicketEventType.CUSTOMER_MERGED);
        assertThat(_get(Div.class, spec -> spec.withId("earlier-tickets")).getElement().getTextRecursively())
                .contains(byWhatsApp.getNumber());

        // a merge made by mistake is undone from the same panel: the WhatsApp record and its ticket are separate again
        Long mergeId = customers.merges(target).get(0).getId();
        assertThat(_get(Div.class, spec -> spec.withId("merge-" + mergeId)).getElement().getTextRecursively())
                .contains(whatsApp.getDisplayName()).contains("elena");
        _click(_get(Button.class, spec -> spec.withId("undo-merge-" + mergeId)));
        assertThat(tickets.getByNumber(byWhatsApp.getNumber()).getCustomerId()).isEqualTo(whatsApp.getId());
        assertThat(customers.get(whatsApp.getId()).getMergedIntoId()).isNull();
        assertThat(customers.identities(target)).extracting(i -> i.getChannel()).doesNotContain(Channel.WHATSAPP);
        _assertNone(Div.class, spec -> spec.withId("merge-" + mergeId));
        assertThat(tickets.history(byWhatsApp.getId())).anyMatch(e -> e.getType() == TicketEventType.CUSTOMER_MERGE_UNDONE);
    }

    @Test
    void aReplyThatCouldNotBeDeliveredShowsWhyAndCanBeTriedAgain() {
        login("luca");
        Ticket ticket = open("guasto" + UUID.randomUUID().toString().substring(0, 6) + "@@esempio");
        desk.claim(ticket.getNumber(), users.get("luca"));
        desk.agentReply(ticket.getNumber(), "Le inviamo un nuovo pacco.", users.get("luca"));
        io.sportello.intake.IntakeTestAccess.sendUntilGivenUp(context, clock);

        workspace(ticket);
        Div status = _find(Div.class, spec -> spec.withClasses("delivery")).stream()
                .filter(d -> "FAILED".equals(d.getElement().getAttribute("data-status"))).findFirst().orElseThrow();
        assertThat(status.getElement().getTextRecursively()).contains("Not delivered by E-mail");
        _click(_find(Button.class, spec -> spec.withText("Try again")).get(0));
        // queued again: the sender may already be at it (SENDING) when the view refreshes, either way it is on its way
        assertThat(_find(Div.class, spec -> spec.withClasses("delivery")))
                .anyMatch(d -> java.util.Set.of("PENDING", "SENDING").contains(d.getElement().getAttribute("data-status")));
    }
}
