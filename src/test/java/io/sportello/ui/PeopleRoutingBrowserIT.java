package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.Role;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.sla.BusinessCalendars;
import io.sportello.ticket.Category;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: an administrator gives L2 its peak hours on the Business hours screen and opens the Sunday after Black
 * Friday; a seasonal agent opens the desk (online by presence), presses "Next ticket" and lands on the most urgent
 * ticket they may take; their results page lists it. Screenshots in target/screenshots/.
 */
class PeopleRoutingBrowserIT extends BrowserTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    BusinessCalendars calendars;

    @Test
    void anAdministratorOpensBlackFridaySundayAndASeasonalAgentTakesTheNextTicket() {
        clock.release();
        String key = "peak-" + UUID.randomUUID().toString().substring(0, 6);
        Page admin = signIn("admin");
        open(admin, "/admin/calendars");
        admin.locator("#calendar-new").click();
        admin.locator("#calendar-key input").fill(key);
        admin.locator("#calendar-name-en input").fill("L2 at peak");
        admin.locator("#calendar-name-it input").fill("L2 in alta stagione");
        admin.locator("#calendar-hours-saturday input").fill("9-13");
        admin.locator("#calendar-save").click();
        assertThat(admin.locator("#calendar-state")).containsText("saved");
        admin.locator("#calendar-date input").fill("11/29/2026");
        admin.locator("#calendar-date input").press("Enter");
        admin.locator("#calendar-date-hours input").fill("10:00-18:00");
        admin.locator("#calendar-date-note input").fill("Black Friday Sunday");
        admin.locator("#calendar-date-add").click();
        assertThat(admin.locator("#calendar-dates")).containsText("Black Friday Sunday");
        admin.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("business-hours.png")).setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(calendars.calendar(key).openingOn(java.time.LocalDate.of(2026, 11, 29)))
                .isNotEmpty();

        String name = "stagionale" + UUID.randomUUID().toString().substring(0, 5);
        users.create(name, "Marta Stagionale", name + "@test.example", "secret", EnumSet.of(Role.AGENT),
                Set.of("tier1"), "en");
        desk.open(new OpenTicket(Channel.EMAIL, name + "-cliente@esempio.it", "Cliente", "Pacco bagnato " + name,
                "Il corriere ha lasciato il pacco sotto la pioggia", Category.SHIPPING, null, "it", null, null),
                Actor.system());
        Page agent = signIn(name);
        open(agent, "/inbox");
        agent.locator("#inbox-next").click();
        agent.waitForURL(java.util.regex.Pattern.compile(".*/ticket/SP-.*"));
        agent.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("next-ticket.png")).setFullPage(true));

        open(agent, "/my-results");
        assertThat(agent.locator("#results-handled")).isVisible();
        agent.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("my-results.png")).setFullPage(true));
    }
}
