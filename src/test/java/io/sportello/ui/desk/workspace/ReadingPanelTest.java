package io.sportello.ui.desk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ui.KaribuTest;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.WorkKind;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the desk read, as the agent sees it in the workspace, and the check of a reading it was not sure of. */
class ReadingPanelTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    WorkItems workItems;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    io.sportello.understanding.MessageUnderstanding understanding;
    @Autowired
    io.sportello.understanding.TicketReader reader;

    Ticket open(String text) {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Mario Verdi",
                text, text, null, null, "it", null, null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        return t;
    }

    TicketView workspace(Ticket ticket) {
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));
        return _get(TicketView.class);
    }

    @Test
    void theAgentSeesWhatTheDeskReadMarkedAsGenerated() {
        Ticket ticket = open("Buongiorno, il mio ordine ORD-2026-104455 non è ancora arrivato, dov'è?");
        login("luca");
        UI.getCurrent().setLocale(Locale.ITALIAN);
        workspace(ticket);
        assertThat(_get(Span.class, spec -> spec.withId("reading-title")).getText())
                .startsWith("Cosa ha letto il desk (generato dal modello v");
        assertThat(_get(Span.class, spec -> spec.withId("reading-category")).getText()).contains("Stato ordine");
        assertThat(_get(Span.class, spec -> spec.withId("reading-entities")).getText()).contains("ORD-2026-104455");
        assertThat(_get(Span.class, spec -> spec.withId("reading-language")).getText()).contains("italiano");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUncertainReadingIsCheckedInTheWorkspaceAndTriageFollows() {
        Ticket ticket = open(io.sportello.understanding.UncertainMessages.one(understanding, reader.checkBelow()));
        assertThat(workItems.ofTicket(ticket.getId())).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(WorkKind.CHECK_TRIAGE));
        login("luca");
        workspace(ticket);
        assertThat(_get(Span.class, spec -> spec.withId("reading-title")).getText()).contains("not sure");
        Select<Category> category = _get(Select.class, spec -> spec.withId("check-category"));
        _setValue(category, Category.RETURN);
        _click(_get(Button.class, spec -> spec.withId("check-confirm")));
        jobs.advanceTo(clock.instant());

        Ticket checked = tickets.get(ticket.getId());
        assertThat(checked.getCategory()).isEqualTo(Category.RETURN);
        assertThat(checked.getSkill()).isEqualTo("returns");
        assertThat(workItems.ofTicket(ticket.getId())).singleElement()
                .satisfies(w -> assertThat(w.kind()).isEqualTo(WorkKind.HANDLE_TICKET));
        assertThat(_get(Span.class, spec -> spec.withId("reading-title")).getText()).as("checked: no check any more")
                .startsWith("What the desk read");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckThatSendsTheTicketToAnotherTierLeavesItReadOnlyForTheAgent() {
        Ticket ticket = open(io.sportello.understanding.UncertainMessages.one(understanding, reader.checkBelow()));
        login("luca");
        workspace(ticket);
        Select<Category> category = _get(Select.class, spec -> spec.withId("check-category"));
        _setValue(category, Category.PAYMENT);
        _click(_get(Button.class, spec -> spec.withId("check-confirm")));
        jobs.advanceTo(clock.instant());
        assertThat(tickets.get(ticket.getId()).getTier()).isEqualTo(io.sportello.ticket.Tier.L2);
        // the agent who checked it still reads it (they worked on it), now at L2, with nothing left to check
        assertThat(_get(Span.class, spec -> spec.withId("ticket-tier")).getText()).isEqualTo("L2");
        assertThat(_get(Span.class, spec -> spec.withId("reading-title")).getText()).startsWith("What the desk read");
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheLanguageInTheHeaderIsRecorded() {
        Ticket ticket = open("Hello, when will my order arrive?");
        login("luca");
        workspace(ticket);
        Select<String> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getValue()).isEqualTo("en");
        _setValue(language, "it");
        assertThat(tickets.get(ticket.getId()).getLanguage()).isEqualTo("it");
    }
}
