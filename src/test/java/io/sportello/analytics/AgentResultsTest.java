package io.sportello.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.ProcessJobs;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An agent reads their own results — tickets, times, every CSAT answer with its comment — beside their team's
 * median; a colleague cannot, a supervisor can.
 */
class AgentResultsTest extends SportelloSpringTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 5);

    @Autowired
    AgentResults results;
    @Autowired
    TicketDesk desk;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    io.sportello.SurveyLinks.Recorder surveyLinks;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private SportelloUser agent(String prefix) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, "Agente " + name, name + "@test.example", "secret", EnumSet.of(Role.AGENT),
                Set.of("tier1"), "it");
        return users.get(name);
    }

    private Ticket handle(SportelloUser agent, String local, String subject) {
        clock.pin(rome(local));
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, "risultati-" + UUID.randomUUID() + "@esempio.it",
                "Cliente", subject, subject + ": il corriere ha lasciato il pacco sotto la pioggia", Category.SHIPPING,
                null, "it", null, null), Actor.system()).ticket();
        jobs.runAsyncSteps();
        clock.pin(rome(local).plusSeconds(1800));
        desk.claim(t.getNumber(), agent);
        desk.agentReply(t.getNumber(), "Ci scusiamo, inviamo un nuovo articolo", agent);
        desk.resolve(t.getNumber(), ResolutionCode.REPLACED, "Articolo sostituito", agent);
        return t;
    }

    @Test
    void anAgentReadsTheirResultsAndCustomerCommentsBesideTheTeamMedian() throws Exception {
        SportelloUser first = agent("ris");
        SportelloUser second = agent("ris");
        Ticket praised = handle(first, "2024-02-05T09:00", "Pacco bagnato");
        handle(first, "2024-02-05T11:00", "Scatola rotta");
        handle(second, "2024-02-05T14:00", "Pacco aperto");
        jobs.advanceTo(rome("2024-02-09T12:00"));
        desk.answerSurvey(surveyLinks.tokenFor(praised.getId()), 5, "Gentilissimi, risolto in mezz'ora!");

        AgentResults.Result mine = results.of(first, first.getUsername(), DAY, DAY.plusDays(1));
        assertThat(mine.mine().created()).isEqualTo(2);
        assertThat(mine.mine().resolvedByAgent()).isEqualTo(2);
        assertThat(mine.mine().firstResponseBusinessMedian()).isEqualTo(1800.0);
        assertThat(mine.team().agents()).isGreaterThanOrEqualTo(2);
        assertThat(mine.answers()).singleElement().satisfies(a -> {
            assertThat(a.ticketNumber()).isEqualTo(praised.getNumber());
            assertThat(a.score()).isEqualTo(5);
            assertThat(a.comment()).isEqualTo("Gentilissimi, risolto in mezz'ora!");
        });

        assertThatThrownBy(() -> results.of(second, first.getUsername(), DAY, DAY.plusDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(results.of(users.get("elena"), first.getUsername(), DAY, DAY.plusDays(1)).answers()).hasSize(1);

        mvc.perform(get("/api/v1/agents/" + first.getUsername() + "/results?from=2024-02-05&to=2024-02-06")
                        .with(httpBasic(first.getUsername(), "secret")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answers[0].comment").value("Gentilissimi, risolto in mezz'ora!"));
        mvc.perform(get("/api/v1/agents/" + first.getUsername() + "/results").with(httpBasic(second.getUsername(), "secret")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agents/" + first.getUsername() + "/results?from=5 febbraio")
                        .with(httpBasic(first.getUsername(), "secret")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
    }
}
