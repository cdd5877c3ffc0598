package io.sportello.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import io.sportello.SportelloSpringTest;
import io.sportello.SurveyLinks;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.customer.CustomerService;
import io.sportello.intake.CustomerPortal;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketEventType;
import io.sportello.ticket.TicketService;
import jakarta.mail.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Merging two customers is a supervisor's decision that both people hear about, that can be undone, and that never
 * sends one person's sign-in link to the other's mailbox.
 */
class CustomerMergeTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    CustomerService customers;
    @Autowired
    CommerceService commerce;
    @Autowired
    CustomerPortal portal;
    @Autowired
    GreenMail greenMail;

    private Ticket open(String email, String name, String subject) {
        return desk.open(new OpenTicket(Channel.EMAIL, email, name, subject, "Testo di " + subject, Category.SHIPPING,
                null, "it", null, null), Actor.system()).ticket();
    }

    private MockHttpServletResponse as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "secret"))).andReturn().getResponse();
    }

    private static String unique(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@esempio.it";
    }

    @Test
    void aMergeIsToldToBothAddressesKeepsEachSignInLinkWithItsOwnerAndCanBeUndone() throws Exception {
        String victimMail = unique("vittoria");
        String otherMail = unique("altro");
        Ticket victims = open(victimMail, "Vittoria Colonna", "Ordine in ritardo");
        Ticket others = open(otherMail, "Altro Cliente", "Reso");
        Long victim = victims.getCustomerId();
        Long other = others.getCustomerId();
        String order = "ORD-M-" + UUID.randomUUID().toString().substring(0, 6);
        commerce.recordOrder(order, victim, clock.instant(), OrderStatus.SHIPPED, new BigDecimal("49.90"));

        // an agent may not merge, nor undo
        assertThat(as("luca", post("/api/v1/customers/" + victim + "/merge").contentType(MediaType.APPLICATION_JSON)
                .content("{\"into\":" + other + "}")).getStatus()).isEqualTo(403);

        assertThat(as("elena", post("/api/v1/customers/" + victim + "/merge").contentType(MediaType.APPLICATION_JSON)
                .content("{\"into\":" + other + "}")).getStatus()).isEqualTo(200);
        assertThat(tickets.get(victims.getId()).getCustomerId()).isEqualTo(other);
        assertThat(customers.find(Channel.EMAIL, victimMail)).get().extracting(c -> c.getId()).isEqualTo(other);

        // both hear of it, at their own address, and neither learns the other's address
        assertThat(noticeTo(victimMail, "uniti")).doesNotContain(otherMail);
        assertThat(noticeTo(otherMail, "uniti")).doesNotContain(victimMail);

        // the victim's sign-in link goes to the victim's own mailbox, not to the record it was merged into
        portal.requestLink(victimMail, "it");
        assertThat(SurveyLinks.signInToken(greenMail, victimMail)).isNotBlank();
        assertThat(received(otherMail)).noneMatch(m -> GreenMailUtil.getBody(m).contains("/portal/enter/"));

        // a ticket opened since the merge stays with the customer it was opened for
        Ticket since = open(otherMail, "Altro Cliente", "Nuova domanda");

        String merges = as("elena", get("/api/v1/customers/" + other + "/merges")).getContentAsString();
        Number mergeId = JsonPath.read(merges, "$[0].id");
        assertThat(as("luca", post("/api/v1/customers/merges/" + mergeId + "/undo")).getStatus()).isEqualTo(403);
        assertThat(as("elena", post("/api/v1/customers/merges/" + mergeId + "/undo")).getStatus()).isEqualTo(200);

        assertThat(tickets.get(victims.getId()).getCustomerId()).isEqualTo(victim);
        assertThat(tickets.get(others.getId()).getCustomerId()).isEqualTo(other);
        assertThat(tickets.get(since.getId()).getCustomerId()).isEqualTo(other);
        assertThat(customers.find(Channel.EMAIL, victimMail)).get().extracting(c -> c.getId()).isEqualTo(victim);
        assertThat(customers.get(victim).getMergedIntoId()).isNull();
        assertThat(commerce.ordersOf(victim)).extracting(o -> o.orderNumber()).contains(order);
        assertThat(tickets.history(victims.getId())).extracting(TicketEvent::getType)
                .contains(TicketEventType.CUSTOMER_MERGED, TicketEventType.CUSTOMER_MERGE_UNDONE);
        assertThat(noticeTo(victimMail, "separati")).doesNotContain(otherMail);
        assertThat(noticeTo(otherMail, "separati")).doesNotContain(victimMail);

        // once is enough
        MockHttpServletResponse again = as("elena", post("/api/v1/customers/merges/" + mergeId + "/undo"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void mergesIntoOneCustomerAreUndoneNewestFirst() throws Exception {
        Long target = open(unique("t"), "Tina", "Uno").getCustomerId();
        Long first = open(unique("a"), "Alba", "Due").getCustomerId();
        Long second = open(unique("b"), "Bruno", "Tre").getCustomerId();
        var elena = users.get("elena");
        Long firstMerge = desk.mergeCustomers(first, target, elena) == null ? null
                : customers.merges(first).get(0).getId();
        desk.mergeCustomers(second, target, elena);
        Long secondMerge = customers.merges(second).get(0).getId();

        MockHttpServletResponse tooEarly = as("elena", post("/api/v1/customers/merges/" + firstMerge + "/undo"));
        assertThat(tooEarly.getStatus()).isEqualTo(409);
        assertThat(JsonPath.<String>read(tooEarly.getContentAsString(), "$.rule")).isEqualTo("UNDO_NEWER_FIRST");
        assertThat(as("elena", post("/api/v1/customers/merges/" + secondMerge + "/undo")).getStatus()).isEqualTo(200);
        assertThat(as("elena", post("/api/v1/customers/merges/" + firstMerge + "/undo")).getStatus()).isEqualTo(200);
        assertThat(customers.get(first).getMergedIntoId()).isNull();
        assertThat(customers.get(second).getMergedIntoId()).isNull();
    }

    private List<Message> received(String address) {
        return SurveyLinks.receivedBy(greenMail, address);
    }

    /** The text of the notice whose subject contains {@code word}, waiting (bounded) for it to arrive. */
    private String noticeTo(String address, String word) {
        return org.awaitility.Awaitility.await("a notice about '" + word + "' to " + address).atMost(SurveyLinks.MAIL_WAIT)
                .until(() -> received(address).stream().filter(m -> subject(m).contains(word)).findFirst()
                        .map(SurveyLinks::text), java.util.Optional::isPresent).orElseThrow();
    }

    private static String subject(Message m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
