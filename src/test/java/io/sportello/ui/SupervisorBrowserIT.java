package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a supervisor opens the live dashboard during a rush (a ticket about to breach is listed and the list
 * follows a new ticket without reloading), then the reports, where ECharts draws the trend, the bars per channel
 * against last year and the hour × weekday heatmap. Screenshots in target/screenshots/.
 */
class SupervisorBrowserIT extends BrowserTest {

    @Autowired
    TicketDesk desk;

    Ticket open(Channel channel, String subject) {
        return desk.open(new OpenTicket(channel, UUID.randomUUID() + "@esempio.it", "Cliente Fretta", subject, "testo",
                Category.RETURN, null, "it", null, null), Actor.system()).ticket();
    }

    @Test
    void supervisorWatchesTheRushAndReadsTheReports() {
        clock.release();
        Ticket email = open(Channel.EMAIL, "Reso urgente " + UUID.randomUUID().toString().substring(0, 5));
        Page elena = signIn("elena");
        open(elena, "/dashboard");
        assertThat(elena.locator("#kpi-open")).not().isEmpty();
        assertThat(elena.locator("#dashboard-agents")).isVisible();
        // live: a ticket arriving while the supervisor watches is counted without reloading the page
        long before = Long.parseLong(elena.locator("#kpi-open").textContent().strip());
        Ticket arriving = open(Channel.CHAT, "Chat in arrivo " + UUID.randomUUID().toString().substring(0, 5));
        assertThat(elena.locator("#kpi-open")).hasText(String.valueOf(before + 1),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
        org.assertj.core.api.Assertions.assertThat(arriving.getNumber()).isNotBlank();
        elena.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard.png")).setFullPage(true));

        open(elena, "/reports");
        assertThat(elena.locator("sportello-echart#chart-trend[data-rendered='true'] svg")).hasCount(1);
        assertThat(elena.locator("sportello-echart#chart-first-response[data-rendered='true'] svg")).hasCount(1);
        assertThat(elena.locator("sportello-echart#chart-heatmap[data-rendered='true'] svg")).hasCount(1);
        assertThat(elena.locator("#reports-summary vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText("Tickets created")).first()).isVisible();
        assertThat(elena.locator("#csv-breakdown")).hasAttribute("href", java.util.regex.Pattern.compile(".+"));
        elena.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reports.png")).setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(email.getNumber()).isNotBlank();
    }
}
