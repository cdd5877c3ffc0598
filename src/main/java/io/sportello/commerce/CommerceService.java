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

    CommerceService(OrderRepository orders, ShipmentRepository shipments, CarrierLinks links) {
        this.orders = orders;
        this.shipments = shipments;
        this.links = links;
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
        shipments.save(new Shipment(orderId, carrier, trackingCode, status, shippedAt, expectedDelivery, deliveredAt));
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
                links.link(shipment.getCarrier(), shipment.getTrackingCode()), shipment.getStatus(),
                shipment.getExpectedDelivery(), shipment.getDeliveredAt());
    }
}
