package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Tier;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real browsers (Debian Chromium driven by Playwright) against the running application: an L1 agent
 * claims, replies and escalates; an L2 agent resolves; a colleague's inbox updates by itself; an auditor
 * cannot reach the inbox. Screenshots land in target/screenshots/.
 */
class AgentBrowserIT extends BrowserTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;

    /** Grid cells showing {@code text} on screen (the grid keeps recycled, hidden cells in the DOM). */
    static com.microsoft.playwright.Locator visibleCells(Page page, String text) {
        return page.locator("#inbox-grid vaadin-grid-cell-content:visible")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
    }


    @Test
    void ticketTravelsFromL1ToL2InTheBrowser() {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Mario Verdi",
                "Pacco danneggiato " + UUID.randomUUID().toString().substring(0, 5), "La scatola è arrivata rotta",
                Category.SHIPPING, null, "it", null, null), Actor.system()).ticket();
        String number = ticket.getNumber();

        // a colleague watches the L1 queue
        Page chiara = signIn("chiara");
        open(chiara, "/inbox");
        chiara.locator("#inbox-search input").fill(number);
        assertThat(visibleCells(chiara, number)).hasCount(1);

        Page luca = signIn("luca");
        for (String round : List.of("first visit", "second visit")) {
            long start = System.nanoTime();
            open(luca, "/inbox");
            assertThat(visibleCells(luca, number)).hasCount(1);
            System.out.printf("Inbox first page shown in %d ms (%s, page load included)%n",
                    (System.nanoTime() - start) / 1_000_000, round);
        }
        assertThat(visibleCells(luca, number)).hasCount(1);
        luca.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("inbox.png")));
        luca.locator("#claim-" + number).click();
        assertThat(visibleCells(luca, number)).hasCount(0);
        assertThat(tickets.get(ticket.getId()).getAssignee()).isEqualTo("luca");

        // server push: the claimed ticket leaves Chiara's queue without a reload
        assertThat(visibleCells(chiara, number)).hasCount(0);

        open(luca, "/ticket/" + number);
        luca.locator("#composer textarea").fill("Ci dispiace, apriamo subito una pratica con il corriere.");
        luca.locator("#send").click();
        assertThat(luca.locator("#conversation")).containsText("apriamo subito una pratica");
        luca.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workspace.png")).setFullPage(true));
        luca.locator("#action-escalate").click();
        luca.locator("#escalate-reason textarea").fill("Serve un rimborso: competenza L2");
        luca.locator("#escalate-confirm").click();
        assertThat(luca.locator("#ticket-tier")).hasText("L2");
        assertThat(tickets.get(ticket.getId()).getTier()).isEqualTo(Tier.L2);

        Page sara = signIn("sara");
        open(sara, "/ticket/" + number);
        sara.locator("#action-claim").click();
        assertThat(sara.locator("#ticket-assignee")).containsText("Sara");
        sara.locator("#action-resolve").click();
        sara.locator("#resolve-summary textarea").fill("Rimborso emesso");
        sara.locator("#resolve-confirm").click();
        assertThat(sara.locator("#ticket-status")).hasText("Resolved");
        assertThat(tickets.get(ticket.getId()).getStatus()).isEqualTo(TicketStatus.RESOLVED);
        sara.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("workspace-resolved.png")).setFullPage(true));
    }

    @Test
    void workspaceWithTwoHundredMessagesOpensQuickly() {
        Ticket ticket = desk.open(new OpenTicket(Channel.CHAT, UUID.randomUUID() + "@esempio.it", "Chat lunga",
                "Conversazione lunga", "Primo messaggio", Category.TECHNICAL, null, "it", null, null), Actor.system()).ticket();
        var agent = users.get("sara");
        for (int i = 1; i < 200; i++) {
            if (i % 2 == 0) {
                desk.customerReply(ticket.getNumber(), Channel.CHAT, "Messaggio del cliente " + i, Actor.customer(ticket.getCustomerId(), null));
            } else {
                desk.agentReply(ticket.getNumber(), "Risposta dell'operatore " + i, agent);
            }
        }
        Page sara = signIn("sara");
        for (String round : List.of("first visit", "second visit")) {
            long start = System.nanoTime();
            open(sara, "/ticket/" + ticket.getNumber());
            assertThat(sara.locator("#conversation .message")).hasCount(200);
            System.out.printf("Workspace with 200 messages shown in %d ms (%s, page load included)%n",
                    (System.nanoTime() - start) / 1_000_000, round);
        }
    }

    @Test
    void administratorOpensCockpitWithTheSportelloAccountOthersAreKeptOut() {
        Page admin = signIn("admin");
        open(admin, "/camunda/app/cockpit/default/");
        assertThat(admin).hasURL(java.util.regex.Pattern.compile(".*/camunda/app/cockpit/.*"));
        var me = admin.context().request().get("http://localhost:" + port + "/camunda/api/admin/auth/user/default");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains("admin");
        var definitions = admin.context().request()
                .get("http://localhost:" + port + "/camunda/api/engine/engine/default/process-definition?key=ticket-lifecycle");
        assertThat(definitions.status()).isEqualTo(200);
        assertThat(definitions.text()).contains("ticket-lifecycle");
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("cockpit-sso.png")));

        // process owners read the engine through its REST API, not Cockpit; agents not at all
        for (String user : new String[] {"paolo", "luca"}) {
            Page page = signIn(user);
            open(page, "/camunda/app/cockpit/default/");
            assertThat(page.context().request().get("http://localhost:" + port + "/camunda/api/admin/auth/user/default")
                    .status()).as(user).isNotEqualTo(200);
            assertThat(page.context().request().get("http://localhost:" + port
                    + "/camunda/api/engine/engine/default/process-definition").status()).as(user).isNotEqualTo(200);
        }
    }

    @Test
    void auditorCannotReachTheInbox() {
        Page anna = signIn("anna");
        open(anna, "/inbox");
        assertThat(anna.locator("#inbox-grid")).hasCount(0);
        assertThat(anna.locator("body")).not().containsText("My team's queue");
        anna.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("auditor-inbox-denied.png")));
    }
}
