package io.sportello.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.Payloads;
import io.sportello.intake.CommerceIntake;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.ProcessJobs;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a Shopify order and a carrier's "giacenza" open a ticket; the L1 agent opens it and sees the order,
 * the parcel's timeline and the order's history beside it; the supervisor sees the parcel notices in the reports.
 */
class ParcelWatchBrowserIT extends BrowserTest {

    @Autowired
    CommerceIntake shops;
    @Autowired
    CommerceService commerce;
    @Autowired
    TicketService tickets;
    @Autowired
    ProcessJobs jobs;

    @Test
    void theAgentWorksTheTicketTheParcelWatchOpenedWithTheOrderBesideIt() {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        byte[] giacenza = story.load("aftership-tracking-update.json");
        shops.receiveTracking("aftership-test", Map.of("aftership-hmac-sha256",
                Payloads.base64Hmac("test-aftership-secret", giacenza)), giacenza);
        jobs.advanceTo(clock.instant());
        Long shipment = commerce.details(story.shopifyOrder()).orElseThrow().parcels().get(0).shipment().getId();
        Ticket ticket = tickets.findByIdempotencyKey(TicketService.DESK_OPENED + shipment).orElseThrow();

        Page luca = signIn("luca");
        open(luca, "/ticket/" + ticket.getNumber());
        assertThat(luca.locator("#conversation")).containsText(story.shopifyParcel());
        assertThat(luca.locator("#parcel-" + story.shopifyParcel())).containsText("waiting to be collected");
        assertThat(luca.locator("#order-history")).containsText("Ticket " + ticket.getNumber() + " opened");
        assertThat(luca.locator("#order-admin-link")).hasAttribute("href",
                "https://admin.shopify.com/store/bottega-test/orders/57" + story.n + "01");
        luca.locator("#parcel-" + story.shopifyParcel()).scrollIntoViewIfNeeded();
        luca.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("parcel-ticket.png")));

        Page elena = signIn("elena");
        open(elena, "/reports");
        assertThat(elena.locator("#reports-orders")).containsText("WISMO");
        elena.locator("#reports-orders").scrollIntoViewIfNeeded();
        elena.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("reports-orders.png")));
        assertThat(elena.locator("#chart-notices")).isVisible();
    }

    private void shopify(Payloads.Story story, String topic, String file) {
        byte[] body = story.load(file);
        shops.receiveShop("shopify-test", Map.of("X-Shopify-Topic", topic, "X-Shopify-Webhook-Id", UUID.randomUUID().toString(),
                "X-Shopify-Hmac-Sha256", Payloads.base64Hmac("test-shopify-secret", body)), body);
    }
}
