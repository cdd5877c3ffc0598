package io.sportello.ui.shell;

import io.sportello.ui.KaribuTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ui.audit.AuditTicketView;
import io.sportello.workflow.ProcessJobs;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page is a starting point for each role, in the reader's language. */
class HomeViewTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    io.sportello.workflow.WorkItems workItems;

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void anAgentSeesTheirTasksAndWhatIsDueWithinTheHour() {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, "home." + UUID.randomUUID() + "@esempio.it", "Cliente",
                "Pacco mai arrivato", "Il pacco non arriva", Category.SHIPPING, null, "it", null, null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        desk.claim(t.getNumber(), users.get("luca"));
        // half an hour before the task is due it counts as at risk
        java.time.Instant due = workItems.ofTicket(t.getId()).get(0).dueAt();
        clock.pin(due.minus(java.time.Duration.ofMinutes(30)));
        login("luca");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(Long.parseLong(text("my-work"))).isPositive();
        assertThat(Long.parseLong(text("at-risk"))).isPositive();
        assertThat(text("next-tasks")).contains(t.getNumber(), "Pacco mai arrivato");
        _get(Button.class, spec -> spec.withId("home-open-inbox"));
        _assertNone(Span.class, spec -> spec.withId("breaching-soon"));
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("Your roles: agent")
                .doesNotContain("AGENT", "on their way");
    }

    @Test
    void aSupervisorSeesTheDeskInItalian() {
        login("elena");
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(HomeView.class);
        _get(Span.class, spec -> spec.withId("breaching-soon"));
        _get(Button.class, spec -> spec.withId("home-open-dashboard"));
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("I tuoi ruoli:", "supervisore")
                .contains("SLA in scadenza entro un'ora");
    }

    @Test
    void aProcessOwnerSeesTheirModels() {
        login("paolo");
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text("home-models")).contains("versione");
        _assertNone(Div.class, spec -> spec.withId("next-tasks"));
    }

    @Test
    void anAuditorOpensATicketsTrailFromHome() {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, "audit." + UUID.randomUUID() + "@esempio.it", "Cliente",
                "Reso", "Vorrei fare un reso", Category.RETURN, null, "it", null, null), Actor.system()).ticket();
        login("anna");
        UI.getCurrent().navigate(HomeView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("home-audit-number")), t.getNumber().toLowerCase(Locale.ROOT));
        _click(_get(Button.class, spec -> spec.withId("home-open-audit")));
        _get(AuditTicketView.class);
    }
}
