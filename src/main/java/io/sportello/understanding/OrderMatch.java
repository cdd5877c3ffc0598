package io.sportello.understanding;

import io.sportello.commerce.OrderSummary;
import java.util.Optional;

/** Which of the customer's orders a message is about, and by which rule it was found. */
public record OrderMatch(Optional<OrderSummary> order, Rule rule, String reference) {

    public enum Rule {
        /** The message names the order (its number, or the end of it as customers shorten it). */
        NUMBER_IN_TEXT,
        /** The message names no order of theirs, and the customer has exactly one order still on its way. */
        ONLY_OPEN_ORDER,
        /** The message names no order of theirs and several or none are open: the latest one shipped. */
        LATEST_SHIPPED,
        /** No order: the customer is unknown or has none that fits. */
        NONE
    }

    public static OrderMatch none() {
        return new OrderMatch(Optional.empty(), Rule.NONE, null);
    }

    public boolean matched() {
        return order.isPresent();
    }
}
