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
import io.sportello.workflow.ProcessJobs;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: an L1 agent opens a ticket the desk was not sure how to read, sees the reading marked as generated
 * with its alternatives, and confirms the triage with another category; the process owner sees the model versions.
 */
class ReadingBrowserIT extends BrowserTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    TicketService tickets;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    io.sportello.understanding.MessageUnderstanding understanding;
    @Autowired
    io.sportello.understanding.TicketReader reader;

    @Test
    void anAgentChecksAnUncertainReadingInTheBrowser() {
        String vague = io.sportello.understanding.UncertainMessages.one(understanding, reader.checkBelow());
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Mario Verdi",
                vague, vague, null, null, "it", null, null), Actor.system()).ticket();
        jobs.advanceTo(clock.instant());

        Page luca = signIn("luca");
        open(luca, "/ticket/" + ticket.getNumber());
        assertThat(luca.locator("#reading-title")).containsText("not sure");
        assertThat(luca.locator("#reading-category")).containsText("%");
        luca.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reading-check.png")).setFullPage(true));
        luca.locator("#check-category").click();
        luca.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Return")).first().click();
        luca.locator("#check-confirm").click();
        assertThat(luca.locator("#reading-check")).hasCount(0);
        jobs.advanceTo(clock.instant());
        assertThat(tickets.get(ticket.getId()).getCategory()).isEqualTo(Category.RETURN);
        assertThat(tickets.get(ticket.getId()).getSkill()).isEqualTo("returns");

        Page paolo = signIn("paolo");
        open(paolo, "/studio/understanding");
        assertThat(paolo.locator("#models-versions")).containsText("v1");
        assertThat(paolo.locator("#models-figures")).containsText("macro-F1");
        paolo.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("understanding-models.png")).setFullPage(true));
    }
}
