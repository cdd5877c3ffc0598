package io.sportello.ui.desk.workspace;

import io.sportello.ui.component.SlaBadge;
import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.ticket.Visibility;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TicketViewTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;

    Ticket open(Category category) {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Mario Verdi",
                "Pacco danneggiato", "La scatola è arrivata rotta", category, null, "it", null, null), Actor.system()).ticket();
    }

    TicketView workspace(Ticket ticket) {
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));
        return _get(TicketView.class);
    }

    Button action(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void agentClaimsRepliesAddsANoteAndEscalates() {
        Ticket ticket = open(Category.SHIPPING);
        login("luca");
        TicketView view = workspace(ticket);
        _click(action("action-claim"));
        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo("luca");

        _setValue(view.composer, "Ci dispiace, apriamo subito una pratica.");
        _click(view.send);
        _setValue(view.kind, "note");
        _setValue(view.composer, "Pratica BRT 123");
        _click(view.send);
        var messages = tickets.messages(ticket.getId());
        assertThat(messages).hasSize(3);
        assertThat(messages.get(1).getVisibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(messages.get(2).getVisibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(tickets.get(ticket.getId()).getFirstResponseAt()).isNotNull();
        assertThat(view.conversation.getComponentCount()).isEqualTo(3);

        _click(action("action-escalate"));
        _click(_get(Button.class, spec -> spec.withId("escalate-confirm")));
        assertThat(tickets.get(ticket.getId()).getTier()).isEqualTo(Tier.L1); // refused: a reason is required
        _setValue(_get(TextArea.class, spec -> spec.withId("escalate-reason")), "Serve il rimborso");
        _click(_get(Button.class, spec -> spec.withId("escalate-confirm")));
        assertThat(tickets.get(ticket.getId()).getTier()).isEqualTo(Tier.L2);
        assertThat(tickets.get(ticket.getId()).getAssignee()).isNull();
    }

    @Test
    void waitForCustomerThenResolveThenReopen() {
        Ticket ticket = open(Category.RETURN);
        login("luca");
        TicketView view = workspace(ticket);
        _click(action("action-claim"));
        _click(action("action-pend"));
        assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.PENDING_CUSTOMER);
        assertThat(tickets.get(ticket.getId()).isSlaPaused()).isTrue();

        _click(action("action-resolve"));
        @SuppressWarnings("unchecked")
        Select<ResolutionCode> code = _get(Select.class, spec -> spec.withId("resolve-code"));
        _setValue(code, ResolutionCode.REPLACED);
        _setValue(_get(TextArea.class, spec -> spec.withId("resolve-summary")), "Sostituito");
        _click(_get(Button.class, spec -> spec.withId("resolve-confirm")));
        Ticket resolved = tickets.get(ticket.getId());
        assertThat(resolved.getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(resolved.getResolutionCode()).isEqualTo(ResolutionCode.REPLACED);

        _click(action("action-reopen"));
        assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.OPEN);
        assertThat(view.actions.getChildren().map(c -> c.getId().orElse(""))).contains("action-claim");
    }

    @Test
    void aRefusedActionIsExplainedInTheAgentsLanguage() {
        Ticket ticket = open(Category.RETURN);
        login("luca");
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        workspace(ticket);
        _click(action("action-claim"));
        Button pend = action("action-pend");
        // meanwhile, in another window, the ticket is resolved (the agent clicks before this view has refreshed)
        desk.resolve(ticket.getNumber(), ResolutionCode.ANSWERED, "Risolto altrove", users.get("luca"));

        pend.click();
        java.util.List<com.vaadin.flow.component.notification.Notification> shown =
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        assertThat(shown).isNotEmpty();
        assertThat(shown.get(shown.size() - 1).getElement().getProperty("text"))
                .isEqualTo("Questo ticket non ha un'attività aperta in questo momento (forse attende il cliente o è già risolto).");
    }

    @Test
    void amountsAndDurationsAreWrittenTheWayTheReaderWritesThem(@Autowired io.sportello.commerce.CommerceService commerce) {
        Ticket ticket = open(Category.SHIPPING);
        commerce.recordOrder("ORD-2026-" + UUID.randomUUID().toString().substring(0, 6), ticket.getCustomerId(),
                clock.instant(), io.sportello.commerce.OrderStatus.PAID, new java.math.BigDecimal("1234.50"));
        login("luca");
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        workspace(ticket);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("orders")).getElement()
                .getTextRecursively()).contains("1.234,50\u00a0€");
        assertThat(SlaBadge.format(java.time.Duration.ofMinutes(2 * 1440 + 190), (k, a) -> UI.getCurrent()
                .getTranslation(k, a))).isEqualTo("2 g 3 h");
        assertThat(SlaBadge.format(java.time.Duration.ofMinutes(190), (k, a) -> UI.getCurrent().getTranslation(k, a)))
                .isEqualTo("3 h 10 min");

        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        workspace(ticket);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("orders")).getElement()
                .getTextRecursively()).contains("€1,234.50");
    }

    @Test
    void priorityChangeIsRecordedInTheHistory() {
        Ticket ticket = open(Category.PRODUCT);
        login("luca");
        workspace(ticket);
        @SuppressWarnings("unchecked")
        Select<Priority> priority = _get(Select.class, spec -> spec.withId("priority"));
        _setValue(priority, Priority.URGENT);
        assertThat(tickets.get(ticket.getId()).getPriority()).isEqualTo(Priority.URGENT);
        assertThat(tickets.history(ticket.getId())).anyMatch(e -> e.getType() == TicketEventType.PRIORITY_CHANGED
                && "URGENT".equals(e.getToValue()) && "luca".equals(e.getActorId()));
    }

    @Test
    void templatesFillSnippetsFromTheTicket() {
        Ticket ticket = open(Category.SHIPPING);
        login("luca");
        TicketView view = workspace(ticket);
        _setValue(view.template, view.template.getListDataView().getItems()
                .filter(t -> t.id().equals("need-details")).findFirst().orElseThrow());
        assertThat(view.composer.getValue()).contains("Mario Verdi").contains(ticket.getNumber()).contains("Luca");
    }

    @Test
    void emptyReplyIsRefusedWithAMessage() {
        Ticket ticket = open(Category.SHIPPING);
        login("luca");
        TicketView view = workspace(ticket);
        _click(view.send);
        assertThat(view.composer.isInvalid()).isTrue();
        assertThat(tickets.messages(ticket.getId())).hasSize(1);
    }
}
