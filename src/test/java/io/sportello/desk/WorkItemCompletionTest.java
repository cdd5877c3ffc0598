package io.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import io.sportello.SportelloSpringTest;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItems;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The generic work-item completion goes through the desk's own commands: it can no longer end tier handling while the
 * ticket stays open, escalate without a reason, or act on a ticket the agent may not touch.
 */
class WorkItemCompletionTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    WorkItems workItems;
    @Autowired
    ProcessJobs jobs;

    private Ticket open(Category category) {
        Ticket t = desk.open(new OpenTicket(Channel.EMAIL, "wi." + UUID.randomUUID() + "@esempio.it", "Cliente",
                "Pacco in ritardo", "Il pacco non arriva", category, null, "it", null, null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());
        return t;
    }

    private WorkItem tierTask(Ticket t) {
        return workItems.ofTicket(t.getId()).stream().filter(w -> w.taskKey().startsWith("Task_Handle")).findFirst()
                .orElseThrow();
    }

    /** An L1 shipping ticket claimed by luca: its tier task. */
    private String claimedTask(Ticket t) {
        desk.claim(t.getNumber(), users.get("luca"));
        return tierTask(t).id();
    }

    private MockHttpServletResponse complete(String user, String id, String json) throws Exception {
        return mvc.perform(post("/api/v1/work-items/" + id + "/complete").with(httpBasic(user, "secret"))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    @Test
    void resolvingThroughTheWorkItemNeedsWhatTheDeskNeedsAndResolvesTheTicket() throws Exception {
        Ticket t = open(Category.SHIPPING);
        String task = claimedTask(t);

        MockHttpServletResponse bare = complete("luca", task, "{\"outcome\":\"RESOLVE\"}");
        assertThat(bare.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(bare.getContentAsString(), "$.field")).isEqualTo("code");
        assertThat(tickets.get(t.getId()).getStatus()).as("nothing happened").isEqualTo(TicketStatus.OPEN);
        assertThat(tierTask(t).id()).isEqualTo(task);

        assertThat(complete("luca", task, "{\"outcome\":\"RESOLVE\",\"code\":\"ANSWERED\",\"summary\":\"Spedito oggi\"}")
                .getStatus()).isEqualTo(204);
        assertThat(tickets.get(t.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(tickets.get(t.getId()).getResolutionCode()).hasToString("ANSWERED");
    }

    @Test
    void anEscalationNeedsAReasonAndAReplyItsMessage() throws Exception {
        Ticket t = open(Category.SHIPPING);
        String task = claimedTask(t);

        MockHttpServletResponse noReason = complete("luca", task, "{\"outcome\":\"ESCALATE\"}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(noReason.getContentAsString(), "$.field")).isEqualTo("reason");
        MockHttpServletResponse inItalian = mvc.perform(post("/api/v1/work-items/" + task + "/complete")
                .with(httpBasic("luca", "secret")).header("Accept-Language", "it-IT")
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"ESCALATE\"}")).andReturn().getResponse();
        inItalian.setCharacterEncoding("UTF-8");
        assertThat(JsonPath.<String>read(inItalian.getContentAsString(), "$.detail"))
                .isEqualTo("Un'escalation richiede un motivo: spiega perché deve occuparsene il livello successivo.");
        assertThat(JsonPath.<String>read(inItalian.getContentAsString(), "$.reason")).isEqualTo("An escalation needs a reason");
        MockHttpServletResponse noMessage = complete("luca", task, "{\"outcome\":\"REPLY\"}");
        assertThat(JsonPath.<String>read(noMessage.getContentAsString(), "$.field")).isEqualTo("message");
        assertThat(complete("luca", task, "{\"outcome\":\"AUTO_CLOSED\"}").getStatus()).isEqualTo(400);

        assertThat(complete("luca", task, "{\"outcome\":\"ESCALATE\",\"reason\":\"Serve il reparto pagamenti\"}")
                .getStatus()).isEqualTo(204);
        jobs.advanceTo(clock.instant());
        assertThat(tickets.get(t.getId()).getTier()).isEqualTo(Tier.L2);
        assertThat(tierTask(t).candidateGroup()).isEqualTo("tier2");
    }

    @Test
    void aTaskOfATicketTheAgentMayNotTouchIsNotFound() throws Exception {
        Ticket fraud = open(Category.FRAUD);
        String task = tierTask(fraud).id();
        assertThat(complete("luca", task, "{\"outcome\":\"RESOLVE\",\"code\":\"ANSWERED\"}").getStatus()).isEqualTo(404);
        assertThat(tickets.get(fraud.getId()).getStatus()).isNotEqualTo(TicketStatus.RESOLVED);
    }
}
