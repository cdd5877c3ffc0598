package io.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.Fulfilment;
import io.sportello.commerce.OrderDetails;
import io.sportello.commerce.OrderHistory;
import io.sportello.commerce.OrderHistoryType;
import io.sportello.commerce.OrderPayment;
import io.sportello.commerce.OrderStatus;
import io.sportello.commerce.PaymentStatus;
import io.sportello.commerce.Payloads;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Channel;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Shops and carriers post to the desk: every format on its recorded payloads, signatures, replays, late and early events. */
class CommerceIntakeTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommerceService commerce;
    @Autowired
    CustomerService customers;
    @Autowired
    Intake intake;

    private ResultActions shopify(Payloads.Story story, String topic, String file, String webhookId) throws Exception {
        byte[] body = story.load(file);
        return mvc.perform(post("/api/v1/intake/shops/shopify-test").contentType(MediaType.APPLICATION_JSON)
                .header("X-Shopify-Topic", topic).header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Shop-Domain", "bottega-test.myshopify.com")
                .header("X-Shopify-Hmac-Sha256", Payloads.base64Hmac("test-shopify-secret", body)).content(body));
    }

    private ResultActions shopify(Payloads.Story story, String topic, String file) throws Exception {
        return shopify(story, topic, file, UUID.randomUUID().toString());
    }

    private ResultActions woo(Payloads.Story story, String topic, String file) throws Exception {
        byte[] body = story.load(file);
        return mvc.perform(post("/api/v1/intake/shops/woo-test").contentType(MediaType.APPLICATION_JSON)
                .header("X-WC-Webhook-Topic", topic).header("X-WC-Webhook-Source", "https://bottega.test/")
                .header("X-WC-Webhook-Signature", Payloads.base64Hmac("test-woo-secret", body)).content(body));
    }

    private ResultActions afterShip(Payloads.Story story, String file) throws Exception {
        byte[] body = story.load(file);
        return mvc.perform(post("/api/v1/intake/tracking/aftership-test").contentType(MediaType.APPLICATION_JSON)
                .header("aftership-hmac-sha256", Payloads.base64Hmac("test-aftership-secret", body)).content(body));
    }

    private ResultActions generic(String path, byte[] body) throws Exception {
        String ts = String.valueOf(clock.instant().getEpochSecond());
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).header("X-Sportello-Timestamp", ts)
                .header("X-Sportello-Signature", Signatures.sign("test-generic-secret", Signatures.timestamped(ts, body)))
                .content(body));
    }

    private OrderDetails order(String number) {
        return commerce.details(number).orElseThrow();
    }

    @Test
    void aShopifyOrderArrivesWithItsLinesAddressesAndBuyerMatchedToADeskCustomer() throws Exception {
        Payloads.Story story = new Payloads.Story();
        var known = customers.register("Giulia Bianchi", story.email(), null, "it", io.sportello.customer.CustomerValue.VIP);
        shopify(story, "orders/create", "shopify-orders-create.json").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("PROCESSED"));

        OrderDetails d = order(story.shopifyOrder());
        assertThat(d.order().getCustomerId()).isEqualTo(known.getId());
        assertThat(d.order().getStatus()).isEqualTo(OrderStatus.PLACED);
        assertThat(d.order().getTotal()).isEqualByComparingTo("74.20");
        assertThat(d.order().getCurrency()).isEqualTo("EUR");
        assertThat(d.order().getSalesChannel()).isEqualTo("web");
        assertThat(d.order().getShippingAddress()).contains("Via Torino 12").contains("Milano");
        assertThat(d.lines()).extracting(l -> l.getProduct() + " × " + l.getQuantity())
                .containsExactly("Crema viso idratante - 50 ml × 2", "Olio corpo alle mandorle - 100 ml × 1");
        assertThat(d.adminUrl()).isEqualTo("https://admin.shopify.com/store/bottega-test/orders/57" + story.n + "01");
    }

    @Test
    void anOlderUpdateArrivingLateIsLeftOutAndAReplayChangesNothing() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/create", "shopify-orders-create.json").andExpect(status().isAccepted());
        String paidId = UUID.randomUUID().toString();
        shopify(story, "orders/paid", "shopify-orders-paid.json", paidId).andExpect(status().isAccepted());
        // Shopify delivers the earlier orders/updated (still pending) after orders/paid
        shopify(story, "orders/updated", "shopify-orders-updated-stale.json").andExpect(status().isAccepted());
        shopify(story, "orders/paid", "shopify-orders-paid.json", paidId).andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicate").value(true));

        OrderDetails d = order(story.shopifyOrder());
        assertThat(d.order().getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(d.order().getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(d.payments()).filteredOn(p -> p.getKind() == OrderPayment.Kind.PAYMENT).hasSize(1);
        assertThat(d.history()).extracting(OrderHistory::getType).containsExactly(OrderHistoryType.RECEIVED,
                OrderHistoryType.UPDATED, OrderHistoryType.PAYMENT_RECORDED, OrderHistoryType.STALE_IGNORED);
    }

    @Test
    void fulfilmentAndRefundEventsAddTheParcelAndTheMoneyBack() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json").andExpect(status().isAccepted());
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json").andExpect(status().isAccepted());
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json").andExpect(status().isAccepted());
        shopify(story, "orders/fulfilled", "shopify-orders-fulfilled.json").andExpect(status().isAccepted());
        shopify(story, "refunds/create", "shopify-refunds-create.json").andExpect(status().isAccepted());

        OrderDetails d = order(story.shopifyOrder());
        assertThat(d.parcels()).singleElement().satisfies(p -> {
            assertThat(p.shipment().getCarrier()).isEqualTo("BRT");
            assertThat(p.shipment().getTrackingCode()).isEqualTo(story.shopifyParcel());
            assertThat(p.trackingUrl()).contains(story.shopifyParcel());
        });
        assertThat(d.order().getFulfilment()).isEqualTo(Fulfilment.FULFILLED);
        assertThat(d.order().getStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(d.order().getRefundedTotal()).isEqualByComparingTo("18.50");
        assertThat(d.lines()).filteredOn(l -> l.getProduct().startsWith("Olio")).singleElement()
                .satisfies(l -> assertThat(l.getRefundedQuantity()).isEqualTo(1));
    }

    @Test
    void aBadSignatureIsRefusedNamingTheHeaderAndNothingIsStored() throws Exception {
        Payloads.Story story = new Payloads.Story();
        byte[] body = story.load("shopify-orders-create.json");
        long before = intake.list(java.util.EnumSet.allOf(InboundStatus.class), org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements();
        mvc.perform(post("/api/v1/intake/shops/shopify-test").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Shopify-Topic", "orders/create")
                        .header("X-Shopify-Hmac-Sha256", Payloads.base64Hmac("not-the-secret", body)).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.field").value("X-Shopify-Hmac-Sha256"));
        mvc.perform(post("/api/v1/intake/shops/nobody").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        assertThat(commerce.details(story.shopifyOrder())).isEmpty();
        assertThat(intake.list(java.util.EnumSet.allOf(InboundStatus.class), org.springframework.data.domain.Pageable.unpaged())
                .getTotalElements()).isEqualTo(before);
    }

    @Test
    void aWooCommerceOrderIsPaidCompletedWithItsTrackingAndRefunded() throws Exception {
        Payloads.Story story = new Payloads.Story();
        woo(story, "order.created", "woocommerce-order-created.json").andExpect(status().isAccepted());
        woo(story, "order.updated", "woocommerce-order-updated-completed.json").andExpect(status().isAccepted());
        OrderDetails shipped = order(story.wooOrder());
        assertThat(shipped.order().getStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.parcels()).singleElement().satisfies(p -> assertThat(p.shipment().getCarrier()).isEqualTo("SDA"));
        assertThat(customers.find(Channel.EMAIL, "marco.r" + story.n + "@example.com")).isPresent();

        woo(story, "order.updated", "woocommerce-order-refunded.json").andExpect(status().isAccepted());
        OrderDetails refunded = order(story.wooOrder());
        assertThat(refunded.order().getStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.order().getRefundedTotal()).isEqualByComparingTo("43.80");
    }

    @Test
    void theGenericFormatCarriesAMarketplaceOrderAndItsTracking() throws Exception {
        Payloads.Story story = new Payloads.Story();
        generic("/api/v1/intake/shops/generic-test", story.load("generic-order.json")).andExpect(status().isAccepted());
        generic("/api/v1/intake/tracking/generic-test", story.load("generic-tracking.json")).andExpect(status().isAccepted());
        OrderDetails d = order(story.genericOrder());
        assertThat(d.order().getSalesChannel()).isEqualTo("amazon");
        assertThat(d.parcels()).singleElement().satisfies(p -> assertThat(p.events()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aGenericOrderWithoutItsNumberIsKeptAsADeadLetterNamingTheField() throws Exception {
        generic("/api/v1/intake/shops/generic-test", "{\"eventId\":\"e-%s\",\"status\":\"PAID\"}"
                .formatted(UUID.randomUUID()).getBytes()).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("orderNumber"));
    }

    @Test
    void trackingBeforeTheShopReportedTheParcelWaitsAndIsAppliedWhenItArrives() throws Exception {
        Payloads.Story story = new Payloads.Story();
        afterShip(story, "aftership-tracking-intransit.json").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("trackingNumber"));
        shopify(story, "orders/paid", "shopify-orders-paid.json").andExpect(status().isAccepted());
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json").andExpect(status().isAccepted());

        OrderDetails d = order(story.shopifyOrder());
        assertThat(d.parcels()).singleElement().satisfies(p -> assertThat(p.shipment().getStatus())
                .isEqualTo(ShipmentStatus.IN_TRANSIT));
    }

    @Test
    void anOlderCheckpointJoinsTheTimelineWithoutTurningTheStatusBack() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json").andExpect(status().isAccepted());
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json").andExpect(status().isAccepted());
        afterShip(story, "aftership-tracking-delivered.json").andExpect(status().isAccepted());
        afterShip(story, "aftership-tracking-outfordelivery.json").andExpect(status().isAccepted());

        OrderDetails d = order(story.shopifyOrder());
        OrderDetails.Parcel parcel = d.parcels().get(0);
        assertThat(parcel.shipment().getStatus()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(d.order().getStatus()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(parcel.events()).extracting(e -> e.getStatus()).contains(ShipmentStatus.AVAILABLE_FOR_PICKUP,
                ShipmentStatus.FAILED_ATTEMPT, ShipmentStatus.DELIVERED);
        assertThat(parcel.events()).extracting(e -> e.getOccurredAt()).isSorted();
        long distinct = parcel.events().stream().map(e -> e.getEventKey()).distinct().count();
        assertThat(distinct).isEqualTo(parcel.events().size());
    }

    @Test
    void qaplaPostsWithOurTokenAndItsGiacenzaReadsAsHeldForCollection() throws Exception {
        Payloads.Story story = new Payloads.Story();
        woo(story, "order.updated", "woocommerce-order-updated-completed.json").andExpect(status().isAccepted());
        byte[] body = story.load("qapla-status-update.json");
        mvc.perform(post("/api/v1/intake/tracking/qapla-test").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.field").value("X-Sportello-Token"));
        mvc.perform(post("/api/v1/intake/tracking/qapla-test").param("token", "test-qapla-token")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isAccepted());
        OrderDetails d = order(story.wooOrder());
        assertThat(d.parcels().get(0).shipment().getStatus()).isEqualTo(ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(d.parcels().get(0).shipment().getLastPlace()).isEqualTo("TORINO");
    }

    @Test
    void theOrdersApiGivesTheDeskTheOrderAndTakesAnIntegrationsGenericOrdersRawFirst() throws Exception {
        Payloads.Story story = new Payloads.Story();
        mvc.perform(post("/api/v1/orders").param("shop", "generic-test").contentType(MediaType.APPLICATION_JSON)
                        .content(story.load("generic-order.json"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("luca", "secret")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/orders").param("shop", "generic-test").contentType(MediaType.APPLICATION_JSON)
                        .content(story.load("generic-order.json"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("admin", "secret")))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/orders").param("shop", "shopify-test").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("admin", "secret")))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.field").value("shop"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/orders/" + story.genericOrder())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("luca", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.salesChannel").value("amazon"))
                .andExpect(jsonPath("$.lines[0].product").exists())
                .andExpect(jsonPath("$.parcels[0].timeline[0].status").value("INFO_RECEIVED"));
    }

    @Test
    void wooCommercesUnsignedPingOnSavingAWebhookIsAnsweredOkAndNothingElseUnsignedGetsIn() throws Exception {
        mvc.perform(post("/api/v1/intake/shops/woo-test").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("webhook_id=16")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/intake/shops/woo-test").contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\": 1}")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.field").value("X-WC-Webhook-Signature"));
    }

}
