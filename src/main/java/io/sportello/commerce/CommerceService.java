package io.sportello.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads orders with their latest shipment; records what the shop and carriers report. */
@Service
@Transactional
public class CommerceService {

    private final OrderRepository orders;
    private final ShipmentRepository shipments;
    private final CarrierLinks links;
    private final OrderLineRepository lines;
    private final OrderPaymentRepository payments;
    private final ShipmentEventRepository timeline;
    private final OrderHistoryRepository history;
    private final ShopConnections shops;

    CommerceService(OrderRepository orders, ShipmentRepository shipments, CarrierLinks links, OrderLineRepository lines,
                    OrderPaymentRepository payments, ShipmentEventRepository timeline, OrderHistoryRepository history,
                    ShopConnections shops) {
        this.orders = orders;
        this.shipments = shipments;
        this.links = links;
        this.lines = lines;
        this.payments = payments;
        this.timeline = timeline;
        this.history = history;
        this.shops = shops;
    }

    /** Everything about one order (lines, money, parcels with their timelines, history, admin link). */
    @Transactional(readOnly = true)
    public Optional<OrderDetails> details(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return Optional.empty();
        }
        return orders.findByNumberIgnoreCase(orderNumber.trim()).map(this::details);
    }

    /** The order a parcel belongs to, with everything about it. */
    @Transactional(readOnly = true)
    public Optional<OrderDetails> detailsOfShipment(Long shipmentId) {
        return shipments.findById(shipmentId).flatMap(s -> orders.findById(s.getOrderId())).map(this::details);
    }

    private OrderDetails details(ShopOrder order) {
        List<OrderDetails.Parcel> parcels = shipments.findByOrderIdOrderByShippedAtAsc(order.getId()).stream()
                .map(s -> new OrderDetails.Parcel(s, trackingUrl(s), timeline.findByShipmentIdOrderByOccurredAtAscIdAsc(s.getId())))
                .toList();
        ShopConnections.Shop shop = shops.shop(order.getShop());
        String admin = shop == null || shop.adminOrderUrl() == null ? null : shop.adminOrderUrl()
                .replace("{id}", java.net.URLEncoder.encode(String.valueOf(order.getExternalId()), java.nio.charset.StandardCharsets.UTF_8))
                .replace("{number}", java.net.URLEncoder.encode(order.getNumber(), java.nio.charset.StandardCharsets.UTF_8));
        return new OrderDetails(order, lines.findByOrderIdOrderByPositionAsc(order.getId()),
                payments.findByOrderIdOrderByHappenedAtAscIdAsc(order.getId()), parcels,
                history.findByOrderIdOrderByHappenedAtAscIdAsc(order.getId()), admin,
                shop == null || shop.displayName() == null ? order.getShop() : shop.displayName());
    }

    /** The customer's orders in figures: count, frequency, average basket, last order, lifetime value. */
    @Transactional(readOnly = true)
    public CustomerFigures figuresOf(Long customerId) {
        List<ShopOrder> all = orders.findByCustomerIdOrderByPlacedAtDesc(customerId);
        List<ShopOrder> counted = all.stream().filter(o -> o.getStatus() != OrderStatus.CANCELLED && o.getTotal() != null).toList();
        BigDecimal spent = counted.stream().map(ShopOrder::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal refunded = counted.stream().map(o -> o.getRefundedTotal() == null ? BigDecimal.ZERO : o.getRefundedTotal())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = counted.isEmpty() ? null
                : spent.divide(BigDecimal.valueOf(counted.size()), 2, java.math.RoundingMode.HALF_UP);
        Double every = null;
        if (all.size() > 1) {
            Instant first = all.get(all.size() - 1).getPlacedAt();
            Instant last = all.get(0).getPlacedAt();
            every = java.time.Duration.between(first, last).toHours() / 24.0 / (all.size() - 1);
        }
        String currency = all.stream().map(ShopOrder::getCurrency).filter(java.util.Objects::nonNull).findFirst().orElse("EUR");
        return new CustomerFigures(all.size(), every, average, all.isEmpty() ? null : all.get(0).getPlacedAt(),
                spent.subtract(refunded), currency);
    }

    /** The shop's name as customers know it, for the order's messages. */
    @Transactional(readOnly = true)
    public String shopNameOf(String orderNumber) {
        return orders.findByNumberIgnoreCase(orderNumber).map(o -> {
            ShopConnections.Shop shop = shops.shop(o.getShop());
            return shop == null || shop.displayName() == null ? o.getShop() : shop.displayName();
        }).orElse(null);
    }

    /** Whether the shop the order came from lets the parcel watch tell its customers about their parcels. */
    @Transactional(readOnly = true)
    public boolean notificationsOn(Long orderId) {
        return orders.findById(orderId).map(o -> {
            ShopConnections.Shop shop = shops.shop(o.getShop());
            return shop != null && shop.notifications();
        }).orElse(false);
    }

    /** Orders placed in the period (the denominator of contacts per 100 orders). */
    @Transactional(readOnly = true)
    public long countOrdersPlaced(Instant from, Instant to) {
        return orders.countByPlacedAtBetween(from, to);
    }

    /** The orders whose first parcel left in the period (the denominator of WISMO contacts per 100 shipped orders). */
    @Transactional(readOnly = true)
    public List<String> ordersShippedBetween(Instant from, Instant to) {
        List<Long> ids = shipments.findByShippedAtGreaterThanEqualAndShippedAtLessThan(from, to).stream()
                .map(Shipment::getOrderId).distinct().toList();
        return orders.findAllById(ids).stream().map(ShopOrder::getNumber).toList();
    }

    private String trackingUrl(Shipment s) {
        String ours = links.link(s.getCarrier(), s.getTrackingCode());
        return ours != null ? ours : s.getTrackingUrl();
    }

    @Transactional(readOnly = true)
    public Optional<OrderSummary> findOrder(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return Optional.empty();
        }
        return orders.findByNumberIgnoreCase(orderNumber.trim()).map(this::summarise);
    }

    @Transactional(readOnly = true)
    public List<OrderSummary> ordersOf(Long customerId) {
        return orders.findByCustomerIdOrderByPlacedAtDesc(customerId).stream().map(this::summarise).toList();
    }

    /** Moves the orders of a customer merged into another one; returns the orders moved. */
    @Transactional
    public List<Long> moveOrders(Long fromCustomerId, Long toCustomerId) {
        List<ShopOrder> moved = orders.findByCustomerIdOrderByPlacedAtDesc(fromCustomerId);
        moved.forEach(o -> o.moveTo(toCustomerId));
        return moved.stream().map(ShopOrder::getId).toList();
    }

    /** Moves the given orders, those still with {@code fromCustomerId}, back (a customer merge undone). */
    @Transactional
    public void moveOrders(List<Long> orderIds, Long fromCustomerId, Long toCustomerId) {
        orders.findAllById(orderIds).stream().filter(o -> o.getCustomerId().equals(fromCustomerId))
                .forEach(o -> o.moveTo(toCustomerId));
    }

    /** Records an order the shop reported. */
    public ShopOrder recordOrder(String number, Long customerId, Instant placedAt, OrderStatus status, BigDecimal total) {
        return orders.save(new ShopOrder(number, customerId, placedAt, status, total, "EUR"));
    }

    /** Records a shipment the carrier reported and moves the order along. */
    public void recordShipment(Long orderId, String carrier, String trackingCode, ShipmentStatus status, Instant shippedAt,
                               LocalDate expectedDelivery, Instant deliveredAt) {
        Shipment s = shipments.save(new Shipment(orderId, carrier, trackingCode, null, shippedAt, expectedDelivery, null));
        s.take(new TrackingUpdate.Checkpoint(status, null, null, null, status == ShipmentStatus.DELIVERED && deliveredAt != null
                ? deliveredAt : shippedAt));
        orders.findById(orderId).ifPresent(order -> order.setStatus(
                status == ShipmentStatus.DELIVERED ? OrderStatus.DELIVERED : OrderStatus.SHIPPED));
    }

    private OrderSummary summarise(ShopOrder order) {
        Shipment shipment = shipments.findFirstByOrderIdOrderByShippedAtDesc(order.getId()).orElse(null);
        if (shipment == null) {
            return new OrderSummary(order.getNumber(), order.getCustomerId(), order.getPlacedAt(), order.getStatus(),
                    order.getTotal(), order.getCurrency(), null, null, null, null, null, null);
        }
        return new OrderSummary(order.getNumber(), order.getCustomerId(), order.getPlacedAt(), order.getStatus(),
                order.getTotal(), order.getCurrency(), shipment.getCarrier(), shipment.getTrackingCode(),
                trackingUrl(shipment), shipment.getStatus(),
                shipment.getExpectedDelivery(), shipment.getDeliveredAt());
    }

    /** A parcel as the parcel watch reads it. */
    @Transactional(readOnly = true)
    public Optional<Shipment> shipment(Long shipmentId) {
        return shipments.findById(shipmentId);
    }

    /**
     * Locks a parcel's row until the caller's transaction ends: the parcel watch takes its turn per parcel, whatever
     * the node, so two changes of one parcel never start two watches or race for one.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean lockShipment(Long shipmentId) {
        return shipments.lockById(shipmentId).isPresent();
    }

    /** The order of a parcel. */
    @Transactional(readOnly = true)
    public Optional<ShopOrder> order(Long orderId) {
        return orders.findById(orderId);
    }
}
