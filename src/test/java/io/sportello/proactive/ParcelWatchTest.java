package io.sportello.proactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.sportello.SportelloSpringTest;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderDetails;
import io.sportello.commerce.OrderHistory;
import io.sportello.commerce.OrderHistoryType;
import io.sportello.commerce.Payloads;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.intake.OutboundDelivery;
import io.sportello.intake.Outbox;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Direction;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.Tier;
import io.sportello.ticket.Visibility;
import io.sportello.workflow.ProcessJobs;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The parcel watch end to end: a Shopify order and a carrier's "giacenza" tell the customer once, in their language,
 * and open one L1 ticket with the order; a customer who then asks where the parcel is gets the live status; a late
 * parcel is announced and gets exactly one ticket.
 */
class ParcelWatchTest extends SportelloSpringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CommerceService commerce;
    @Autowired
    TicketService tickets;
    @Autowired
    TicketDesk desk;
    @Autowired
    Outbox outbox;
    @Autowired
    ParcelWatchDesk watch;
    @Autowired
    ProcessJobs jobs;
    @Autowired
    ParcelNotificationRepository notices;

    private void shopify(Payloads.Story story, String topic, String file) throws Exception {
        byte[] body = story.load(file);
        mvc.perform(post("/api/v1/intake/shops/shopify-test").contentType(MediaType.APPLICATION_JSON)
                .header("X-Shopify-Topic", topic).header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
                .header("X-Shopify-Hmac-Sha256", Payloads.base64Hmac("test-shopify-secret", body)).content(body))
                .andExpect(status().isAccepted());
    }

    private void afterShip(byte[] body) throws Exception {
        mvc.perform(post("/api/v1/intake/tracking/aftership-test").contentType(MediaType.APPLICATION_JSON)
                .header("aftership-hmac-sha256", Payloads.base64Hmac("test-aftership-secret", body)).content(body))
                .andDo(r -> org.slf4j.LoggerFactory.getLogger("TEST").info("aftership answered {} {}", r.getResponse().getStatus(), r.getResponse().getContentAsString()));
    }

    private List<OutboundDelivery> parcelNotices(String email) {
        return outbox.toRecipient(email).stream().filter(d -> d.getKind() == OutboundDelivery.Kind.PARCEL_NOTICE).toList();
    }

    private Long shipmentOf(String order) {
        return commerce.details(order).orElseThrow().parcels().get(0).shipment().getId();
    }

    @Test
    void aGiacenzaTellsTheCustomerOnceInTheirLanguageAndOpensOneL1TicketWithTheOrder() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        assertThat(parcelNotices(story.email())).singleElement().satisfies(d ->
                assertThat(d.getSubject()).isEqualTo("Il Suo ordine " + story.shopifyOrder() + " è partito"));

        byte[] giacenza = story.load("aftership-tracking-update.json");
        afterShip(giacenza);
        afterShip(giacenza); // the platform delivers it again

        List<OutboundDelivery> told = parcelNotices(story.email());
        assertThat(told).hasSize(2);
        OutboundDelivery held = told.stream().filter(d -> d.getSubject().contains("giacenza")).findFirst().orElseThrow();
        assertThat(held.getSubject()).isEqualTo("Il Suo ordine " + story.shopifyOrder() + " è in giacenza");
        assertThat(held.getBody()).contains("Gentile Giulia").contains("BRT").contains(story.shopifyParcel())
                .contains("Il team di Bottega Test");

        Long shipment = shipmentOf(story.shopifyOrder());
        Ticket ticket = tickets.findByIdempotencyKey("parcel-watch:" + shipment).orElseThrow();
        assertThat(ticket.getOrderNumber()).isEqualTo(story.shopifyOrder());
        assertThat(ticket.getTier()).isEqualTo(Tier.L1);
        assertThat(ticket.getCategory()).isEqualTo(Category.SHIPPING);
        assertThat(ticket.getSubject()).isEqualTo("Ordine " + story.shopifyOrder() + ": pacco in giacenza presso BRT");
        assertThat(tickets.openOfOrder(story.shopifyOrder())).hasSize(1);
        assertThat(tickets.messages(ticket.getId())).first().satisfies(m -> {
            assertThat(m.getVisibility()).isEqualTo(Visibility.INTERNAL);
            assertThat(m.getBodyText()).contains(story.shopifyParcel());
        });

        OrderDetails order = commerce.details(story.shopifyOrder()).orElseThrow();
        assertThat(order.parcels().get(0).events()).extracting(e -> e.getStatus())
                .contains(ShipmentStatus.IN_TRANSIT, ShipmentStatus.FAILED_ATTEMPT, ShipmentStatus.AVAILABLE_FOR_PICKUP);
        assertThat(order.history()).extracting(OrderHistory::getType).contains(OrderHistoryType.NOTIFICATION_QUEUED,
                OrderHistoryType.TICKET_OPENED);

        // then the customer writes anyway: the answer comes from the live data
        Ticket asked = desk.open(new OpenTicket(Channel.EMAIL, story.email(), "Giulia Bianchi", "Pacco",
                "Buongiorno, ho ordinato la settimana scorsa e il pacco non è ancora arrivato. Dov'è?", null, null, null, null, null), Actor.system()).ticket();
        jobs.runAsyncSteps();
        List<TicketMessage> thread = tickets.messages(asked.getId());
        assertThat(thread).filteredOn(m -> m.getDirection() == Direction.OUTBOUND && m.getVisibility() == Visibility.PUBLIC)
                .extracting(TicketMessage::getBodyText).anySatisfy(text -> assertThat(text)
                        .contains(story.shopifyOrder()).contains("in giacenza presso un punto di ritiro"));
    }

    @Test
    void aCustomerAlreadyAskingIsAnsweredOnTheirTicketWhenTheParcelMoves() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        Ticket asked = desk.open(new OpenTicket(Channel.EMAIL, story.email(), "Giulia Bianchi", "Ordine " + story.shopifyOrder(),
                "Quando arriva?", Category.SHIPPING, story.shopifyOrder(), "it", null, null), Actor.system()).ticket();
        int before = parcelNotices(story.email()).size();

        afterShip(story.load("aftership-tracking-outfordelivery.json"));

        // the news is written on their ticket and reaches them once, through the outbox
        assertThat(parcelNotices(story.email())).hasSize(before + 1);
        assertThat(tickets.messages(asked.getId())).extracting(TicketMessage::getBodyText)
                .anySatisfy(t -> assertThat(t).contains("è in consegna con BRT"))
                .anySatisfy(t -> assertThat(t).contains("the customer was told"));
        afterShip(story.load("aftership-tracking-outfordelivery.json"));
        assertThat(parcelNotices(story.email())).hasSize(before + 1);
    }

    @Test
    void someoneElseQuotingTheOrderNumberIsToldNothingAndTheBuyerIsToldAsUsual() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        Ticket stranger = desk.open(new OpenTicket(Channel.WEB_FORM, "curioso" + story.n + "@example.com", "Curioso",
                "Ordine " + story.shopifyOrder(), "Dov'è l'ordine " + story.shopifyOrder() + "?", Category.ORDER_STATUS,
                story.shopifyOrder(), "it", null, null), Actor.system()).ticket();
        int before = parcelNotices(story.email()).size();

        afterShip(story.load("aftership-tracking-outfordelivery.json"));

        assertThat(tickets.messages(stranger.getId())).extracting(TicketMessage::getBodyText)
                .noneSatisfy(t -> assertThat(t).contains(story.shopifyParcel()));
        assertThat(parcelNotices(story.email())).hasSize(before + 1);
        assertThat(outbox.toRecipient("curioso" + story.n + "@example.com"))
                .noneMatch(d -> d.getKind() == OutboundDelivery.Kind.PARCEL_NOTICE);
    }

    @Test
    void aLateParcelIsAnnouncedOnceAndOpensExactlyOneTicket() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json"); // handed over on 24 November, no date
        Long shipment = shipmentOf(story.shopifyOrder());

        jobs.advanceTo(rome("2026-12-06T12:00"));

        assertThat(notices.findByOrderIdOrderByDecidedAtAsc(commerce.details(story.shopifyOrder()).orElseThrow().order().getId()))
                .extracting(ParcelNotification::getNotice).containsExactly(Notice.SHIPPED, Notice.DELAYED);
        assertThat(tickets.findByIdempotencyKey("parcel-watch:" + shipment)).isPresent();
        assertThat(tickets.openOfOrder(story.shopifyOrder())).hasSize(1);
        assertThat(commerce.details(story.shopifyOrder()).orElseThrow().history()).extracting(OrderHistory::getType)
                .filteredOn(t -> t == OrderHistoryType.TICKET_OPENED).hasSize(1);
    }

    @Test
    void aNoticeDecidedTwiceAndAnOutboxReactionRunTwiceStillReachTheCustomerOnce() throws Exception {
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        Long shipment = shipmentOf(story.shopifyOrder());

        ParcelNotification first = watch.notify(shipment, Notice.SHIPPED);
        ParcelNotification again = watch.notify(shipment, Notice.SHIPPED);
        outbox.onParcelNotice(new ParcelNoticeQueued(first.getId(), first.getCustomerId(), first.getChannel(),
                first.getRecipient(), first.getSubject(), first.getBody(), first.getSendAt()));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(parcelNotices(story.email())).hasSize(1);
    }

    @Test
    void aNoticeDecidedAtNightWaitsForTheMorningAndTheDailyCapHoldsBackInformationalOnes() throws Exception {
        clock.pin(rome("2026-11-23T22:30"));
        Payloads.Story story = new Payloads.Story();
        shopify(story, "orders/paid", "shopify-orders-paid.json");
        shopify(story, "fulfillments/create", "shopify-fulfillments-create.json");
        Long shipment = shipmentOf(story.shopifyOrder());
        ParcelNotification shipped = notices.findByShipmentIdAndNotice(shipment, Notice.SHIPPED).orElseThrow();
        assertThat(shipped.getStatus()).isEqualTo(ParcelNotification.Status.DEFERRED);
        assertThat(shipped.getSendAt()).isEqualTo(rome("2026-11-24T08:00"));
        assertThat(parcelNotices(story.email())).singleElement()
                .satisfies(d -> assertThat(d.getStatus()).isEqualTo(OutboundDelivery.Status.PENDING));

        clock.pin(rome("2026-11-24T10:00"));
        watch.notify(shipment, Notice.IN_TRANSIT);
        watch.notify(shipment, Notice.OUT_FOR_DELIVERY);
        assertThat(watch.notify(shipment, Notice.DELIVERED).getStatus()).isEqualTo(ParcelNotification.Status.SKIPPED_CAP);
        assertThat(watch.notify(shipment, Notice.AVAILABLE_FOR_PICKUP).getStatus()).isEqualTo(ParcelNotification.Status.QUEUED);
    }
}
