package io.sportello.commerce;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.customer.CustomerValue;
import io.sportello.shared.Channel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what shops and carriers report, whatever their format, to the desk's orders and parcels: the one writer of
 * orders, lines, payments, parcels and their timelines. Safe to call twice with the same event (every payment, refund,
 * parcel and checkpoint is kept once by its id) and in any order (an order update older than the stored one is left
 * out, a checkpoint older than the parcel's latest joins the timeline without changing the status). Each order is
 * locked while an event is applied, so two nodes take turns. Parcel changes are published as {@link ShipmentUpdated}.
 */
@Service
@Transactional
public class CommerceFeed {

    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final OrderPaymentRepository payments;
    private final ShipmentRepository shipments;
    private final ShipmentEventRepository timeline;
    private final OrderHistoryRepository history;
    private final CustomerService customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommerceFeed(OrderRepository orders, OrderLineRepository lines, OrderPaymentRepository payments,
                 ShipmentRepository shipments, ShipmentEventRepository timeline, OrderHistoryRepository history,
                 CustomerService customers, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.lines = lines;
        this.payments = payments;
        this.shipments = shipments;
        this.timeline = timeline;
        this.history = history;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** What an event changed: the order's number, and whether its state was left out as older than the stored one. */
    public record Applied(String orderNumber, boolean stale) {
    }

    /** Applies one shop event (an order's state, or a refund or fulfilment of it). */
    public Applied apply(OrderSnapshot s) {
        if (s.externalId() == null && s.number() == null) {
            throw new UnreadableCommerceEventException("id", "the event names no order");
        }
        Instant now = clock.instant();
        String source = s.shop() + (s.eventId() == null ? "" : " " + s.eventId());
        Optional<ShopOrder> found = s.externalId() != null ? orders.lockByShopAndExternalId(s.shop(), s.externalId())
                : Optional.empty();
        if (found.isEmpty() && s.number() != null) {
            found = orders.lockByNumber(s.number()).filter(o -> o.getShop() == null || o.getShop().equals(s.shop()));
        }
        boolean stale = false;
        ShopOrder order;
        if (found.isEmpty()) {
            if (s.partial() && s.number() == null) {
                throw new UnreadableCommerceEventException("order_id", "order " + s.externalId()
                        + " is not known yet; kept to retry once the order has arrived");
            }
            Long customerId = customerOf(s.customer());
            String number = s.number() != null ? s.number() : s.externalId();
            if (orders.findByNumberIgnoreCase(number).isPresent()) {
                number = s.shop() + ":" + number; // another shop uses the same number
            }
            order = orders.save(new ShopOrder(s.shop(), s.externalId(), number, customerId,
                    s.placedAt() != null ? s.placedAt() : now));
            order.take(s);
            replaceLines(order, s.lines());
            record(order, null, OrderHistoryType.RECEIVED, source, now, s.salesChannel() == null ? "" : s.salesChannel());
        } else {
            order = found.get();
            if (!s.partial()) {
                if (order.isNewerThan(s.updatedAt())) {
                    stale = true;
                    record(order, null, OrderHistoryType.STALE_IGNORED, source, now, s.updatedAt(), order.getSourceUpdatedAt());
                } else {
                    OrderStatus before = order.getStatus();
                    order.take(s);
                    if (!s.lines().isEmpty()) {
                        replaceLines(order, s.lines());
                    }
                    if (order.getCustomerId() == null) {
                        order.moveTo(customerOf(s.customer()));
                    }
                    record(order, null, OrderHistoryType.UPDATED, source, now, "#order.status." + before);
                }
            }
        }
        for (OrderSnapshot.Money m : s.payments()) {
            if (m.id() != null && !payments.existsByOrderIdAndKindAndExternalId(order.getId(), OrderPayment.Kind.PAYMENT, m.id())) {
                payments.save(new OrderPayment(order.getId(), OrderPayment.Kind.PAYMENT, m, order.getCurrency()));
                record(order, null, OrderHistoryType.PAYMENT_RECORDED, source, now, m.amount(), m.method() == null ? "" : m.method());
            }
        }
        boolean refunded = false;
        for (OrderSnapshot.Money m : s.refunds()) {
            if (m.id() != null && !payments.existsByOrderIdAndKindAndExternalId(order.getId(), OrderPayment.Kind.REFUND, m.id())) {
                payments.save(new OrderPayment(order.getId(), OrderPayment.Kind.REFUND, m, order.getCurrency()));
                Map<String, OrderLine> byKey = lines.findByOrderIdOrderByPositionAsc(order.getId()).stream()
                        .filter(l -> l.getLineKey() != null)
                        .collect(Collectors.toMap(OrderLine::getLineKey, Function.identity(), (a, b) -> a));
                m.refundedLines().forEach(r -> Optional.ofNullable(byKey.get(r.lineKey())).ifPresent(l -> l.refunded(r.quantity())));
                record(order, null, OrderHistoryType.REFUND_RECORDED, source, now, m.amount() == null ? "" : m.amount().abs(),
                        m.reason() == null ? "" : m.reason());
                refunded = true;
            }
        }
        if (refunded) {
            BigDecimal total = payments.findByOrderIdOrderByHappenedAtAscIdAsc(order.getId()).stream()
                    .filter(p -> p.getKind() == OrderPayment.Kind.REFUND && p.getAmount() != null)
                    .map(OrderPayment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            order.setRefundedTotal(total);
        }
        List<ShipmentUpdated> published = new ArrayList<>();
        for (OrderSnapshot.Parcel p : s.parcels()) {
            if (p.trackingCode() == null || p.trackingCode().isBlank()) {
                continue;
            }
            List<Shipment> known = shipments.lockByTrackingCode(p.trackingCode().strip());
            Optional<Shipment> same = known.stream().filter(x -> x.getOrderId().equals(order.getId())).findFirst();
            if (same.isPresent()) {
                same.get().details(p.externalId(), p.trackingUrl());
                same.get().expect(p.expectedDelivery());
                continue;
            }
            Instant shippedAt = p.shippedAt() != null ? p.shippedAt() : now;
            Shipment shipment = shipments.save(new Shipment(order.getId(), p.carrier(), p.trackingCode().strip(), null,
                    shippedAt, p.expectedDelivery(), null));
            shipment.details(p.externalId(), p.trackingUrl());
            TrackingUpdate.Checkpoint first = new TrackingUpdate.Checkpoint(
                    p.status() != null ? p.status() : ShipmentStatus.INFO_RECEIVED, null, null, null, shippedAt);
            timeline.save(new ShipmentEvent(shipment.getId(), first, now));
            shipment.take(first);
            record(order, shipment.getId(), OrderHistoryType.SHIPMENT_CREATED, source, now,
                    p.carrier() == null ? "" : p.carrier(), shipment.getTrackingCode());
            published.add(new ShipmentUpdated(shipment.getId(), order.getId(), order.getNumber(), order.getCustomerId(),
                    shipment.getStatus(), null, true, shipment.getExpectedDelivery(), shippedAt));
        }
        derive(order, s.fulfilment() == null && !s.parcels().isEmpty() && order.getFulfilment() == null);
        published.forEach(events::publishEvent);
        return new Applied(order.getNumber(), stale);
    }

    /** Applies a carrier's or tracking platform's report about one parcel. */
    public Applied apply(TrackingUpdate u) {
        if (u.trackingCode() == null || u.trackingCode().isBlank()) {
            throw new UnreadableCommerceEventException("trackingNumber", "required");
        }
        if (u.checkpoints().isEmpty()) {
            throw new UnreadableCommerceEventException("status", "the event carries no status");
        }
        Instant now = clock.instant();
        String source = u.source() + (u.eventId() == null ? "" : " " + u.eventId());
        String code = u.trackingCode().strip();
        List<Shipment> known = shipments.lockByTrackingCode(code);
        Shipment shipment = known.stream()
                .filter(s -> u.carrier() == null || s.getCarrier() == null || Carriers.same(s.getCarrier(), u.carrier()))
                .findFirst().orElse(known.isEmpty() ? null : known.get(0));
        ShopOrder order;
        if (shipment == null) {
            order = u.orderNumber() == null ? null : orderByNumber(u.orderNumber()).orElse(null);
            if (order == null) {
                throw new UnreadableCommerceEventException("trackingNumber", "no parcel " + code
                        + (u.orderNumber() == null ? "" : " nor order " + u.orderNumber())
                        + " is known yet; kept to retry once the shop has reported it");
            }
            Instant first = u.checkpoints().stream().map(TrackingUpdate.Checkpoint::occurredAt).min(Comparator.naturalOrder())
                    .orElse(now);
            shipment = shipments.save(new Shipment(order.getId(), u.carrier(), code, null, first, u.expectedDelivery(), null));
            record(order, shipment.getId(), OrderHistoryType.SHIPMENT_CREATED, source, now,
                    u.carrier() == null ? "" : u.carrier(), code);
        } else {
            order = orders.findById(shipment.getOrderId()).orElseThrow();
        }
        ShipmentStatus before = shipment.getStatus();
        int attemptsBefore = shipment.getFailedAttempts();
        boolean anything = false;
        List<TrackingUpdate.Checkpoint> sorted = u.checkpoints().stream()
                .sorted(Comparator.comparing(TrackingUpdate.Checkpoint::occurredAt)).toList();
        for (TrackingUpdate.Checkpoint c : sorted) {
            if (timeline.existsByShipmentIdAndEventKey(shipment.getId(), c.key())) {
                continue;
            }
            timeline.save(new ShipmentEvent(shipment.getId(), c, now));
            anything = true;
            boolean newest = shipment.isLaterThanLatest(c.occurredAt());
            ShipmentStatus was = shipment.getStatus();
            boolean changed = shipment.take(c);
            if (!newest) {
                record(order, shipment.getId(), OrderHistoryType.PARCEL_EVENT_LATE, source, now,
                        "#shipment.status." + c.status(), c.occurredAt());
            } else if (changed) {
                record(order, shipment.getId(), OrderHistoryType.PARCEL_STATUS, source, now,
                        was == null ? "" : "#shipment.status." + was, "#shipment.status." + c.status(),
                        c.place() == null ? "" : c.place());
            }
        }
        LocalDate expected = shipment.getExpectedDelivery();
        shipment.expect(u.expectedDelivery());
        boolean newDate = !java.util.Objects.equals(expected, shipment.getExpectedDelivery());
        if (anything || newDate) {
            derive(order, false);
            events.publishEvent(new ShipmentUpdated(shipment.getId(), order.getId(), order.getNumber(),
                    order.getCustomerId(), shipment.getStatus(), before,
                    before != shipment.getStatus() || shipment.getFailedAttempts() > attemptsBefore, // a second attempt failed too
                    shipment.getExpectedDelivery(), shipment.getLastEventAt()));
        }
        return new Applied(order.getNumber(), !anything && !newDate);
    }

    /** Records a decision taken about an order or its parcel (by the parcel watch) in the order's history. */
    public void note(Long orderId, Long shipmentId, OrderHistoryType type, String source, Object... args) {
        ShopOrder order = orders.findById(orderId).orElseThrow(() -> new io.sportello.shared.NotFoundException("Order", orderId));
        record(order, shipmentId, type, source, clock.instant(), args);
    }

    /** The tracking code of a parcel. */
    @Transactional(readOnly = true)
    public Optional<String> trackingCodeOf(Long shipmentId) {
        return shipments.findById(shipmentId).map(Shipment::getTrackingCode);
    }

    private Optional<ShopOrder> orderByNumber(String number) {
        String n = number.strip();
        Optional<ShopOrder> o = orders.lockByNumber(n);
        if (o.isEmpty() && !n.startsWith("#")) {
            o = orders.lockByNumber("#" + n);
        }
        if (o.isEmpty() && n.startsWith("#")) {
            o = orders.lockByNumber(n.substring(1));
        }
        return o;
    }

    private void replaceLines(ShopOrder order, List<OrderSnapshot.Line> given) {
        List<OrderLine> old = lines.findByOrderIdOrderByPositionAsc(order.getId());
        Map<String, Integer> refundedBefore = old.stream().filter(l -> l.getLineKey() != null)
                .collect(Collectors.toMap(OrderLine::getLineKey, OrderLine::getRefundedQuantity, (a, b) -> a));
        lines.deleteAll(old);
        lines.flush();
        int position = 0;
        for (OrderSnapshot.Line l : given) {
            OrderLine line = new OrderLine(order.getId(), position++, l);
            line.refunded(refundedBefore.getOrDefault(l.key(), 0));
            lines.save(line);
        }
    }

    /** The desk customer behind the buyer: by e-mail, then phone; a first order registers them. */
    private Long customerOf(OrderSnapshot.Buyer buyer) {
        if (buyer == null || (blank(buyer.email()) && blank(buyer.phone()))) {
            return null;
        }
        Optional<Customer> known = blank(buyer.email()) ? Optional.empty() : customers.find(Channel.EMAIL, buyer.email());
        if (known.isEmpty() && !blank(buyer.phone())) {
            known = customers.find(Channel.PHONE, buyer.phone()).or(() -> customers.find(Channel.WHATSAPP, buyer.phone()));
        }
        Customer c = known.map(k -> k.getMergedIntoId() != null ? customers.get(k.getMergedIntoId()) : k)
                .orElseGet(() -> customers.register(blank(buyer.name()) ? (blank(buyer.email()) ? buyer.phone() : buyer.email())
                                : buyer.name(), blank(buyer.email()) ? null : buyer.email().strip(),
                        blank(buyer.phone()) ? null : buyer.phone().strip(), buyer.language(), CustomerValue.STANDARD));
        return c.getId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The order's overall status from its payment, fulfilment and parcels. */
    private void derive(ShopOrder order, boolean shippedWithoutFulfilment) {
        List<Shipment> parcels = shipments.findByOrderIdOrderByShippedAtAsc(order.getId());
        if (shippedWithoutFulfilment) {
            order.setFulfilment(Fulfilment.FULFILLED);
        }
        OrderStatus status;
        // a parcel on its way means shipped, even while the shop's own flag still says unfulfilled
        boolean fulfilled = order.getFulfilment() == Fulfilment.FULFILLED
                || (order.getFulfilment() != Fulfilment.PARTIAL && !parcels.isEmpty());
        if (order.getCancelledAt() != null) {
            status = OrderStatus.CANCELLED;
        } else if (!parcels.isEmpty() && parcels.stream().allMatch(p -> p.getStatus() == ShipmentStatus.RETURNED_TO_SENDER)) {
            status = OrderStatus.RETURNED;
        } else if (order.getPaymentStatus() == PaymentStatus.REFUNDED) {
            status = OrderStatus.REFUNDED;
        } else if (!parcels.isEmpty() && fulfilled && parcels.stream().allMatch(p -> p.getStatus() == ShipmentStatus.DELIVERED)) {
            status = OrderStatus.DELIVERED;
        } else if (order.getFulfilment() == Fulfilment.PARTIAL) {
            status = OrderStatus.PARTIALLY_SHIPPED;
        } else if (fulfilled) {
            status = OrderStatus.SHIPPED;
        } else if (order.getPaymentStatus() == PaymentStatus.PARTIALLY_REFUNDED) {
            status = OrderStatus.PARTIALLY_REFUNDED;
        } else if (order.getPaymentStatus() == PaymentStatus.PAID) {
            status = OrderStatus.PAID;
        } else {
            status = OrderStatus.PLACED;
        }
        order.setStatus(status);
    }

    private void record(ShopOrder order, Long shipmentId, OrderHistoryType type, String source, Instant at, Object... args) {
        history.save(new OrderHistory(order.getId(), shipmentId, type, source, at, args));
    }
}
