package io.sportello.understanding;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.commerce.OrderSummary;
import io.sportello.understanding.Entities.OrderReference;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the order a message is about, among the orders of the customer who wrote it — never another customer's, so
 * what the desk later says about it (the automatic order-status answer) only reaches its owner: first an order the
 * text names (the shop's full number, or its last digits as customers shorten "ORD-2026-100482" to "100482"), else
 * the customer's only order still on its way, else the latest one shipped.
 */
@Component
public class OrderMatcher {

    /** Digits that identify an order when customers leave out the shop's prefix. */
    static final int SHORTENED_DIGITS = 5;
    private static final Set<OrderStatus> DONE = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.CANCELLED, OrderStatus.RETURNED);

    private final CommerceService commerce;

    public OrderMatcher(CommerceService commerce) {
        this.commerce = commerce;
    }

    public OrderMatch match(Entities entities, Long customerId) {
        if (customerId == null) {
            return OrderMatch.none();
        }
        List<OrderSummary> theirs = commerce.ordersOf(customerId);
        for (OrderReference ref : entities.orders()) {
            Optional<OrderSummary> named = commerce.findOrder(ref.normalised())
                    .filter(o -> customerId.equals(o.customerId()))
                    .or(() -> shortened(ref, theirs));
            if (named.isPresent()) {
                return new OrderMatch(named, OrderMatch.Rule.NUMBER_IN_TEXT, ref.written());
            }
        }
        List<OrderSummary> open = theirs.stream().filter(o -> !DONE.contains(o.status()) && o.deliveredAt() == null).toList();
        if (open.size() == 1) {
            return new OrderMatch(Optional.of(open.get(0)), OrderMatch.Rule.ONLY_OPEN_ORDER, null);
        }
        return theirs.stream().filter(OrderSummary::isShipped).max(Comparator.comparing(OrderSummary::placedAt))
                .map(o -> new OrderMatch(Optional.of(o), OrderMatch.Rule.LATEST_SHIPPED, null))
                .orElse(OrderMatch.none());
    }

    /** "100482" for "ORD-2026-100482": the customer's one order whose number ends with those digits. */
    private static Optional<OrderSummary> shortened(OrderReference ref, List<OrderSummary> theirs) {
        String digits = ref.normalised().replaceAll("\\D", "");
        if (digits.length() < SHORTENED_DIGITS) {
            return Optional.empty();
        }
        List<OrderSummary> ending = theirs.stream()
                .filter(o -> o.orderNumber().replaceAll("\\D", "").endsWith(digits)).toList();
        return ending.size() == 1 ? Optional.of(ending.get(0)) : Optional.empty();
    }
}
