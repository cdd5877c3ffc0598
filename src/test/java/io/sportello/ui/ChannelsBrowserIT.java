package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.sportello.shared.Channel;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketFilter;
import io.sportello.ticket.TicketService;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Customer channels in real browsers (Debian Chromium via Playwright): a customer and an agent chat live, each seeing
 * the other's messages arrive by server push; a visitor sends the contact form. Screenshots in target/screenshots/.
 */
class ChannelsBrowserIT extends BrowserTest {

    @Autowired
    TicketService tickets;
    @Autowired
    io.sportello.desk.TicketDesk desk;
    @Autowired
    com.icegreen.greenmail.util.GreenMail greenMail;

    @Test
    void aCustomerAndAnAgentChatLive() {
        Page agent = signIn("luca");
        agent.navigate("http://localhost:" + port + "/inbox");
        assertThat(agent.locator("#inbox-grid")).isVisible();

        Page customer = newPage();
        customer.navigate("http://localhost:" + port + "/chat");
        assertThat(customer.locator("#chat-status")).containsText("We are online");
        String email = "chat." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        customer.locator("#chat-name input").fill("Irene Costa");
        customer.locator("#chat-email input").fill(email);
        // a pre-sale question, which the desk reads and gives L1 (a discount code that fails would be a payment case)
        customer.locator("#chat-first textarea").fill("Le sneakers BLACK20 sono disponibili nel 42?");
        customer.locator("#chat-start").click();
        assertThat(customer.locator("#chat-status")).hasText("Waiting for an agent…");

        Ticket ticket = tickets.search(new TicketFilter(null, null, null, null, Set.of(Channel.CHAT), null, null, null, null,
                null), PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id"))).getContent().get(0);
        assertThat(tickets.messages(ticket.getId()).get(0).getBodyText()).isEqualTo("Le sneakers BLACK20 sono disponibili nel 42?");

        agent.navigate("http://localhost:" + port + "/ticket/" + ticket.getNumber());
        assertThat(agent.locator("#conversation")).containsText("BLACK20");
        assertThat(agent.locator("#chat-banner")).containsText("customer waiting");

        // the customer writes again: the agent's workspace shows it without a reload
        customer.locator("#chat-input textarea").fill("Ho provato anche da telefono");
        customer.locator("#chat-send").click();
        assertThat(agent.locator("#conversation")).containsText("Ho provato anche da telefono");

        agent.locator("#action-claim").click();
        agent.locator("#composer textarea").fill("Ciao Irene, il codice vale da venerdì: te ne attivo uno adesso.");
        agent.locator("#send").click();
        // and the customer sees the answer arrive
        assertThat(customer.locator("#chat-transcript")).containsText("te ne attivo uno adesso");
        assertThat(customer.locator("#chat-status")).hasText("An agent is with you.");
        assertThat(agent.locator("#chat-banner")).containsText("customer connected");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("chat-customer.png")));
        agent.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("chat-agent.png")).setFullPage(true));
    }

    @Test
    void aVisitorSendsTheContactForm() {
        Page visitor = newPage();
        visitor.navigate("http://localhost:" + port + "/contact");
        visitor.locator("#contact-name input").fill("Nadia Greco");
        visitor.locator("#contact-email input").fill("nadia." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
        visitor.locator("#contact-order input").fill("ORD-2026-100021");
        visitor.locator("#contact-topic").click();
        visitor.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Return")).click();
        visitor.locator("#contact-message textarea").fill("Vorrei restituire il maglione, è della taglia sbagliata.");
        visitor.locator("#contact-send").click();
        assertThat(visitor.locator("#contact-result")).containsText("Your request is ticket SP-");
        visitor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("contact-form.png")).setFullPage(true));
    }

    @Test
    void aCustomerSignsInToThePortalWithTheLinkAndSeesOnlyTheirTickets() {
        String email = "portale." + UUID.randomUUID().toString().substring(0, 8) + "@example.it";
        Ticket mine = desk.open(new io.sportello.desk.OpenTicket(Channel.EMAIL, email, "Lia Neri", "Scarpe scambiate",
                "Mi sono arrivate scarpe di un altro modello", null, null, "en", null, null),
                io.sportello.shared.Actor.system()).ticket();
        Ticket someoneElse = desk.open(new io.sportello.desk.OpenTicket(Channel.EMAIL, "altro." + UUID.randomUUID() + "@example.it",
                "Altro Cliente", "Dati riservati", "Il mio indirizzo è via Roma 1", null, null, "en", null, null),
                io.sportello.shared.Actor.system()).ticket();

        Page customer = newPage();
        open(customer, "/portal/login");
        customer.locator("#portal-email input").fill(email);
        customer.locator("#portal-send-link").click();
        assertThat(customer.locator("#portal-login-answer")).containsText("sign-in link is on its way");
        String link = "/portal/enter/" + io.sportello.SurveyLinks.signInToken(greenMail, email);

        open(customer, link);
        assertThat(customer.locator("#portal-tickets")).containsText("Scarpe scambiate");
        assertThat(customer.locator("#portal-tickets")).not().containsText("Dati riservati");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("portal.png")).setFullPage(true));

        open(customer, "/portal/ticket/" + someoneElse.getNumber());
        assertThat(customer.locator("#portal-not-found")).isVisible();
        open(customer, "/portal/ticket/" + mine.getNumber());
        assertThat(customer.locator("#portal-conversation")).containsText("scarpe di un altro modello");

        // the link works once: a second browser gets nothing
        Page thief = newPage();
        open(thief, link);
        assertThat(thief.locator("#portal-link-invalid")).isVisible();
    }
}
