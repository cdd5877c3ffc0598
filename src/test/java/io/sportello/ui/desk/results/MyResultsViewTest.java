package io.sportello.ui.desk.results;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import io.sportello.analytics.AgentResults;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ui.KaribuTest;
import io.sportello.workflow.ProcessJobs;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An agent opens "My results" and reads what a customer wrote about them; only supervisors can pick somebody else. */
class MyResultsViewTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    io.sportello.SurveyLinks.Recorder surveyLinks;

    @Test
    @SuppressWarnings("unchecked")
    void anAgentReadsTheCommentACustomerLeftAndOnlySupervisorsPickAnotherAgent() {
        String name = "mine" + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, "Agente Mio", name + "@test.example", "secret", EnumSet.of(Role.AGENT), Set.of("tier1"), "it");
        SportelloUser agent = users.get(name);
        clock.pin(rome("2024-03-04T09:00"));
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, name + "@esempio.it", "Cliente", "Pacco bagnato",
                "Il corriere ha lasciato il pacco sotto la pioggia", Category.SHIPPING, null, "it", null, null),
                Actor.system()).ticket();
        jobs.runAsyncSteps();
        clock.pin(rome("2024-03-04T09:20"));
        desk.claim(t.getNumber(), agent);
        desk.agentReply(t.getNumber(), "Le spediamo subito un articolo nuovo", agent);
        desk.resolve(t.getNumber(), ResolutionCode.REPLACED, "Sostituito", agent);
        jobs.advanceTo(rome("2024-03-08T12:00"));
        desk.answerSurvey(surveyLinks.tokenFor(t.getId()), 4, "Veloci e cortesi");

        login(name);
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(MyResultsView.class);
        // an agent sees their own results only: no choice of agent
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Select.class, spec -> spec.withId("results-agent"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("results-from")), LocalDate.of(2024, 3, 4));
        _setValue(_get(DatePicker.class, spec -> spec.withId("results-to")), LocalDate.of(2024, 3, 5));
        assertThat(_get(Span.class, spec -> spec.withId("results-handled")).getText()).isEqualTo("1");
        assertThat(_get(Span.class, spec -> spec.withId("results-csat")).getText()).isEqualTo("100%");
        Grid<AgentResults.Answer> answers = _get(Grid.class, spec -> spec.withId("results-answers"));
        assertThat(GridKt._findAll(answers)).singleElement().satisfies(a -> {
            assertThat(a.comment()).isEqualTo("Veloci e cortesi");
            assertThat(a.ticketNumber()).isEqualTo(t.getNumber());
        });

        UI.getCurrent().navigate("inbox");
        login("elena");
        UI.getCurrent().navigate(MyResultsView.class);
        assertThat(_get(Select.class, spec -> spec.withId("results-agent")).isVisible()).isTrue();
    }
}
