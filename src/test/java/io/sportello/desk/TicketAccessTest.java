package io.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.sportello.SportelloSpringTest;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Tier;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One access policy for tickets, on every path: agents see their tiers' tickets and those they worked on, act only
 * at their tiers; fraud and L3 tickets stay with tier 3 and supervisors; auditors read everything and change
 * nothing; process owners and customers see no ticket through the staff API.
 */
class TicketAccessTest extends SportelloSpringTest {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    @Autowired
    MockMvc mvc;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;

    Ticket open(Category category, String subject) {
        return desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Cliente", subject, "Testo",
                category, null, "it", null, null), Actor.system()).ticket();
    }

    int status(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "secret"))).andReturn().getResponse().getStatus();
    }

    String body(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "secret"))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aFirstTierAgentCannotSeeNorTouchAFraudTicket() throws Exception {
        Ticket fraud = open(Category.FRAUD, "Addebiti che non riconosco " + UUID.randomUUID());
        String n = fraud.getNumber();
        assertThat(tickets.get(fraud.getId()).getTier()).isEqualTo(Tier.L3);

        assertThat(status("luca", get("/api/v1/tickets/" + n))).isEqualTo(404);
        assertThat(status("luca", get("/api/v1/tickets/" + n + "/history"))).isEqualTo(404);
        assertThat(status("luca", get("/api/v1/tickets/" + n + "/surveys"))).isEqualTo(404);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/messages").contentType(JSON)
                .content("{\"type\":\"AGENT_REPLY\",\"text\":\"Tutto a posto\"}"))).isEqualTo(404);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/messages").contentType(JSON)
                .content("{\"type\":\"INTERNAL_NOTE\",\"text\":\"guardo io\"}"))).isEqualTo(404);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/messages").contentType(JSON)
                .content("{\"type\":\"CUSTOMER_REPLY\",\"text\":\"sono il cliente\"}"))).isEqualTo(400);
        assertThat(status("luca", patch("/api/v1/tickets/" + n).contentType(JSON).content("{\"category\":\"OTHER\"}")))
                .isEqualTo(404);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/claim"))).isEqualTo(404);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/resolve").contentType(JSON)
                .content("{\"code\":\"ANSWERED\"}"))).isEqualTo(404);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/calls").contentType(JSON)
                .content("{\"minutes\":3,\"notes\":\"ha chiamato\"}"))).isEqualTo(404);
        List<String> seen = JsonPath.read(body("luca", get("/api/v1/tickets").param("size", "200")), "$.items[*].number");
        assertThat(seen).doesNotContain(n);

        // nothing changed: still fraud, no message from luca
        Ticket after = tickets.get(fraud.getId());
        assertThat(after.getCategory()).isEqualTo(Category.FRAUD);
        assertThat(tickets.messages(fraud.getId())).noneMatch(m -> "luca".equals(m.getAuthorId()));

        assertThat(status("marco", get("/api/v1/tickets/" + n))).isEqualTo(200);
        assertThat(status("elena", get("/api/v1/tickets/" + n))).isEqualTo(200);
        List<String> marcoSees = JsonPath.read(body("marco", get("/api/v1/tickets").param("size", "200")),
                "$.items[*].number");
        assertThat(marcoSees).contains(n);
    }

    @Test
    void agentsReadWhatTheyWorkedOnButActOnlyAtTheirTier() throws Exception {
        Ticket ticket = open(Category.SHIPPING, "Pacco in ritardo " + UUID.randomUUID());
        String n = ticket.getNumber();
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/claim"))).isEqualTo(200);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/escalate").contentType(JSON)
                .content("{\"reason\":\"Serve il magazzino\"}"))).isEqualTo(200);
        assertThat(tickets.get(ticket.getId()).getTier()).isEqualTo(Tier.L2);

        assertThat(status("luca", get("/api/v1/tickets/" + n))).as("luca worked on it").isEqualTo(200);
        assertThat(status("luca", post("/api/v1/tickets/" + n + "/messages").contentType(JSON)
                .content("{\"type\":\"INTERNAL_NOTE\",\"text\":\"ancora io\"}"))).as("but L2 works it now").isEqualTo(403);
        assertThat(status("chiara", get("/api/v1/tickets/" + n))).as("another L1 agent never touched it").isEqualTo(404);
        assertThat(status("sara", post("/api/v1/tickets/" + n + "/messages").contentType(JSON)
                .content("{\"type\":\"INTERNAL_NOTE\",\"text\":\"presa in carico\"}"))).isEqualTo(201);
    }

    @Test
    void auditorsReadEverythingAndChangeNothingOthersSeeNoTicket() throws Exception {
        Ticket fraud = open(Category.FRAUD, "Carta clonata " + UUID.randomUUID());
        String n = fraud.getNumber();

        assertThat(status("anna", get("/api/v1/tickets/" + n))).isEqualTo(200);
        assertThat(status("anna", get("/api/v1/tickets/" + n + "/history"))).isEqualTo(200);
        assertThat(status("anna", post("/api/v1/tickets/" + n + "/messages").contentType(JSON)
                .content("{\"type\":\"INTERNAL_NOTE\",\"text\":\"x\"}"))).isEqualTo(403);
        for (String outsider : new String[] {"paolo", "giulia"}) {
            assertThat(status(outsider, get("/api/v1/tickets/" + n))).as(outsider).isEqualTo(403);
            assertThat(status(outsider, get("/api/v1/tickets"))).as(outsider).isEqualTo(403);
        }
    }

    @Test
    void onlyASupervisorMergesCustomers() throws Exception {
        Ticket a = open(Category.SHIPPING, "Primo");
        Ticket b = open(Category.SHIPPING, "Secondo");

        assertThat(status("luca", post("/api/v1/customers/" + a.getCustomerId() + "/merge").contentType(JSON)
                .content("{\"into\":" + b.getCustomerId() + "}"))).isEqualTo(403);
        assertThat(tickets.get(a.getId()).getCustomerId()).isEqualTo(a.getCustomerId());
    }
}
