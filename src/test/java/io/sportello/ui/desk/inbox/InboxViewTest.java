package io.sportello.ui.desk.inbox;

import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Sentiment;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.WorkItems;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    WorkItems workItems;

    Ticket open(String subject, Category category, Sentiment sentiment, Channel channel) {
        return open(subject, "testo", category, sentiment, channel);
    }

    Ticket open(String subject, String text, Category category, Sentiment sentiment, Channel channel) {
        return desk.open(new OpenTicket(channel, UUID.randomUUID() + "@esempio.it", "Cliente", subject, text,
                category, null, "it", sentiment, null), Actor.system()).ticket();
    }

    InboxView inbox() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    List<String> numbers(InboxView view) {
        return GridKt._fetch(view.grid, 0, 200).stream().map(l -> l.number()).toList();
    }

    @Test
    void teamQueueIsOrderedByTimeToBreachAndFilters() {
        String token = "ord" + UUID.randomUUID().toString().substring(0, 6);
        // (a question the assistant cannot answer: it goes to the team at once)
        Ticket normal = open(token + " consegna", "Buongiorno, il vostro corriere ha graffiato il cancello di casa mia "
                + "durante la consegna", Category.SHIPPING, Sentiment.NEUTRAL, Channel.EMAIL);
        Ticket angry = open(token + " dove è il pacco", Category.SHIPPING, Sentiment.NEGATIVE, Channel.EMAIL);
        // a question about a product already bought (a pre-sale one would be HIGH: the customer is about to buy)
        Ticket chat = open(token + " domanda prodotto", "Ho comprato il frullatore la settimana scorsa, come si pulisce "
                + "la lama?", Category.PRODUCT, Sentiment.NEUTRAL, Channel.CHAT);
        login("luca");
        InboxView view = inbox();
        assertThat(view.scope().name()).isEqualTo("MY_GROUPS");

        _setValue(view.search, token);
        // HIGH (angry shipping, 960 business minutes) before NORMAL chat product (1440) before... all L1, soonest first
        List<String> shown = numbers(view);
        assertThat(shown).containsExactlyInAnyOrder(normal.getNumber(), angry.getNumber(), chat.getNumber());
        assertThat(shown.indexOf(angry.getNumber())).isLessThan(shown.indexOf(normal.getNumber()));

        _setValue(view.priorities, Set.of(Priority.HIGH));
        assertThat(numbers(view)).containsExactly(angry.getNumber());
        _setValue(view.priorities, Set.of());
        _setValue(view.channels, Set.of(Channel.CHAT));
        assertThat(numbers(view)).containsExactly(chat.getNumber());
        _setValue(view.channels, Set.of());
        _setValue(view.categories, Set.of(Category.SHIPPING));
        assertThat(numbers(view)).containsExactlyInAnyOrder(normal.getNumber(), angry.getNumber());

        // L2 agents do not see L1 work
        login("sara");
        InboxView l2 = inbox();
        _setValue(l2.search, token);
        assertThat(numbers(l2)).isEmpty();
    }

    @Test
    void claimFromTheListMovesTheTicketToMyWork() {
        String token = "clm" + UUID.randomUUID().toString().substring(0, 6);
        Ticket ticket = open(token + " reso", Category.RETURN, Sentiment.NEUTRAL, Channel.EMAIL);
        login("luca");
        InboxView view = inbox();
        _setValue(view.search, token);
        Button claim = (Button) GridKt._getCellComponent(view.grid, 0, "actions").getChildren().findFirst().orElseThrow();
        _click(claim);
        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo("luca");
        assertThat(numbers(view)).isEmpty();
        view.tabs.setSelectedTab(view.mine);
        assertThat(numbers(view)).contains(ticket.getNumber());
    }

    @Test
    void lostClaimRaceTellsWhoWon() {
        String token = "race" + UUID.randomUUID().toString().substring(0, 6);
        Ticket ticket = open(token + " rimborso", Category.RETURN, Sentiment.NEUTRAL, Channel.EMAIL);
        login("chiara");
        InboxView view = inbox();
        _setValue(view.search, token);
        Button claim = (Button) GridKt._getCellComponent(view.grid, 0, "actions").getChildren().findFirst().orElseThrow();

        // Luca claims in his own browser a moment earlier
        workItems.claim(workItems.ofTicket(ticket.getId()).get(0).id(), TicketDesk.worker(users.get("luca")));

        _click(claim);
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).isNotEmpty();
        assertThat(shown.get(shown.size() - 1).getElement().getProperty("text")).contains("Luca").contains(ticket.getNumber());
        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo("luca");
    }

    @Test
    void onlySupervisorsHaveTheAllOpenTab() {
        open("tutti aperti", Category.OTHER, Sentiment.NEUTRAL, Channel.EMAIL);
        login("luca");
        assertThat(inbox().tabs.getChildren()).doesNotContain(_get(InboxView.class).all);
        login("elena");
        InboxView view = inbox();
        assertThat(view.all.getParent()).isPresent();
        view.tabs.setSelectedTab(view.all);
        assertThat(view.scope().name()).isEqualTo("ALL");
        assertThat(GridKt._size(view.grid)).isPositive();
    }

    @Autowired
    io.sportello.routing.AgentProfiles profiles;

    @Test
    void nextTicketGivesAnOnlineAgentTheMostUrgentTicketTheyMayTakeAndOpensIt() {
        String name = "puller" + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, "Puller", name + "@test.example", "secret",
                java.util.EnumSet.of(io.sportello.security.Role.AGENT), java.util.Set.of("tier1"), "en");
        open("next " + name, "Il corriere ha lasciato il pacco aperto davanti alla porta", Category.SHIPPING,
                Sentiment.NEGATIVE, Channel.EMAIL);
        login(name);
        inbox();
        // opening the desk made them online (presence); on a break they take nothing
        assertThat(profiles.profile(name).getStatus()).isEqualTo(io.sportello.routing.AgentStatus.ONLINE);
        profiles.setStatus(name, io.sportello.routing.AgentStatus.BREAK, name);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("inbox-next")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Set your status to Online to take tickets.");

        profiles.setStatus(name, io.sportello.routing.AgentStatus.ONLINE, name);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId("inbox-next")));
        List<io.sportello.workflow.WorkItem> mine = workItems.list(new io.sportello.workflow.Worker(name, name,
                java.util.Set.of(), false), io.sportello.workflow.WorkItemScope.MINE, 0, 10);
        assertThat(mine).hasSize(1);
        String number = tickets.get(mine.get(0).ticketId()).getNumber();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                io.sportello.ui.desk.workspace.TicketView.class)).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("ticket/" + number);
        profiles.setStatus(name, io.sportello.routing.AgentStatus.OFFLINE, name);
    }
}
