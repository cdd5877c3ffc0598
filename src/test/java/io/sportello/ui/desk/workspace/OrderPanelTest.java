package io.sportello.ui.desk.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.commerce.Payloads;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.CommerceIntake;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Ticket;
import io.sportello.ui.KaribuTest;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace's order panel: what an agent sees of the customer's order, its money, its parcel and its history. */
class OrderPanelTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    CommerceIntake shops;

    private void shopify(Payloads.Story story, String topic, String file) {
        byte[] body = story.load(file);
        shops.receiveShop("shopify-test", Map.of("X-Shopify-Topic", topic, "X-Shopify-Webhook-Id", UUID.randomUUID().toString(),
                "X-Shopify-Hmac-Sha256", Payloads.base64Hmac("test-shopify-secret", body)), body);
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void theAgentSeesLinesRefundsTheParcelsTimelineTheHistoryAndTheShopAdminLinkInTheirLanguage() {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        shopify(story, "refunds/create", "shopify-refunds-create.json");
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, story.email(), "Giulia Bianchi", "Il mio ordine",
                "Dov'è il mio ordine?", Category.SHIPPING, story.shopifyOrder(), "it", null, null), Actor.system()).ticket();

        login("luca");
        UI.getCurrent().setLocale(Locale.ITALIAN);
        UI.getCurrent().navigate(TicketView.class, new RouteParameters("number", ticket.getNumber()));

        String id = "order-" + story.shopifyOrder().replace("#", "");
        OrderPanel order = _get(OrderPanel.class, spec -> spec.withId(id));
        assertThat(order.isOpened()).isTrue();
        assertThat(text(_get(order, UnorderedList.class, spec -> spec.withId("order-lines"))))
                .contains("2 × Crema viso idratante - 50 ml").contains("1 rimborsati");
        assertThat(text(_get(order, UnorderedList.class, spec -> spec.withId("order-payments"))))
                .contains("Pagato 74,20").contains("Rimborsato 18,50");
        assertThat(text(_get(order, Div.class, spec -> spec.withId("parcel-" + story.shopifyParcel()))))
                .contains("affidato al corriere");
        assertThat(text(_get(order, com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("order-history"))))
                .contains("Pacco affidato a BRT").contains("Rimborso di 18.50 registrato");
        assertThat(_get(order, Anchor.class, spec -> spec.withId("order-admin-link")).getHref())
                .isEqualTo("https://admin.shopify.com/store/bottega-test/orders/57" + story.n + "01");
        assertThat(text(_get(Div.class, spec -> spec.withId("customer-figures"))))
                .contains("Ordini: 1").contains("spesa totale 55,70");
    }
}
