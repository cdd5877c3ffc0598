package io.sportello.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's commerce life in figures: orders placed (cancelled ones left out of the money), how often they order
 * (average days between orders, null with fewer than two), the average basket, the last order, the lifetime value
 * (what they paid minus what was refunded).
 */
public record CustomerFigures(int orders, Double daysBetweenOrders, BigDecimal averageBasket, Instant lastOrderAt,
                              BigDecimal lifetimeValue, String currency) {
}
