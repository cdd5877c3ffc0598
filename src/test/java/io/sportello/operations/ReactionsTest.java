package io.sportello.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.SynchronousReactions;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reactions to events run after the action's commit, through the event publication registry: a failing one does not
 * undo what the agent did, stays visible to administrators and runs again once the cause is gone.
 */
class ReactionsTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    Reactions reactions;
    @Autowired
    SynchronousReactions.Probe probe;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void heal() {
        probe.heal();
        reactions.retryAll();
    }

    @Test
    void aFailingReactionLeavesTheReplyInPlaceWaitsInTheRegistryAndRunsAgain() throws Exception {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "reazioni." + UUID.randomUUID() + "@example.it", "Carla",
                "Reso", "Come faccio il reso?", Category.RETURN, null, "it", null, null), Actor.system()).ticket();
        probe.failWith("the listener's database is down");

        TicketMessage reply = desk.agentReply(ticket.getNumber(), "Le abbiamo inviato l'etichetta.", users.get("luca"));

        assertThat(tickets.messages(ticket.getId())).extracting(TicketMessage::getId).contains(reply.getId());
        assertThat(probe.handled()).doesNotContain(reply.getId());
        assertThat(reactions.incomplete(100)).anySatisfy(p -> {
            assertThat(p.listener()).isEqualTo("Probe.on");
            assertThat(p.event()).isEqualTo("TicketMessageAdded");
        });
        assertThat(reactions.incomplete(100)).as("the desk's own reactions to the same reply completed")
                .noneMatch(p -> p.listener().startsWith("Outbox.") || p.listener().startsWith("TicketFacts."));
        mvc.perform(get("/api/v1/admin/reactions").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.listener == 'Probe.on')]").exists());

        probe.heal();
        mvc.perform(post("/api/v1/admin/reactions/retry").with(user("admin").roles("ADMIN")).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isAccepted());
        assertThat(probe.handled()).contains(reply.getId());
        assertThat(reactions.incomplete(100)).noneMatch(p -> p.listener().equals("Probe.on"));
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
                Long.class)).as("completed reactions leave nothing behind").isZero();
    }
}
