package io.sportello.ui.desk.team;

import io.sportello.ui.desk.inbox.InboxView;
import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccount;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamViewTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;

    Ticket open(String subject) {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", subject, "testo",
                Category.SHIPPING, null, "it", null, null), Actor.system()).ticket();
    }

    @Test
    void supervisorReassignsAClaimedTicketToAnotherAgent() {
        String token = "rsg" + UUID.randomUUID().toString().substring(0, 6);
        Ticket ticket = open(token + " pacco");
        desk.claim(ticket.getNumber(), users.get("luca"));

        login("elena");
        UI.getCurrent().navigate(InboxView.class);
        _get(com.vaadin.flow.component.tabs.Tabs.class).setSelectedTab(
                _get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("tab-all")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("inbox-search")), token);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("inbox-grid"));
        Button reassign = (Button) GridKt._getCellComponent(grid, 0, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals("reassign-" + ticket.getNumber())).findFirst().orElseThrow();
        _click(reassign);
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> to = _get(ComboBox.class, spec -> spec.withId("reassign-to"));
        _setValue(to, to.getListDataView().getItems().filter(u -> u.getUsername().equals("chiara")).findFirst().orElseThrow());
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("reassign-pin")), true);
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));

        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo("chiara");
        assertThat(router.pinnedTo(ticket.getId(), "chiara"))
                .as("pinned: it stays with chiara while she is away").isTrue();
        assertThat(tickets.history(ticket.getId())).anyMatch(e -> "chiara".equals(e.getToValue()) && "elena".equals(e.getActorId()));
    }

    @Test
    void teamViewShowsOpenWorkAndTodaysResolvedTickets() {
        Ticket first = open("uno");
        Ticket second = open("due");
        var marcoLike = users.get("chiara");
        desk.claim(first.getNumber(), marcoLike);
        desk.claim(second.getNumber(), marcoLike);
        desk.resolve(second.getNumber(), ResolutionCode.ANSWERED, "fatto", marcoLike);

        login("elena");
        UI.getCurrent().navigate(TeamView.class);
        TeamView view = _get(TeamView.class);
        var chiara = GridKt._fetch(view.agents, 0, 100).stream()
                .filter(l -> l.agent().getUsername().equals("chiara")).findFirst().orElseThrow();
        assertThat(chiara.open()).isGreaterThanOrEqualTo(1);
        assertThat(chiara.resolvedToday()).isGreaterThanOrEqualTo(1);
        assertThat(chiara.status()).isNotNull();
        // the queues: open tickets nobody holds, per tier and skill
        Ticket waiting = open("tre");
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate(TeamView.class);
        var queues = GridKt._fetch(_get(TeamView.class).queues, 0, 100);
        var l1 = tickets.get(waiting.getId());
        assertThat(queues).anySatisfy(q -> {
            assertThat(q.tier()).isEqualTo(l1.getTier());
            assertThat(q.skill()).isEqualTo(l1.getSkill());
            assertThat(q.waiting()).isPositive();
        });
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.sportello.routing.TaskRouter router;
    @org.springframework.beans.factory.annotation.Autowired
    io.sportello.workflow.WorkItems workItems;
}
