package io.sportello.commerce;

/**
 * Where an order stands as a whole, derived from what the shop reports: cancelled or fully refunded first, then how
 * far its parcels went, then whether it was paid.
 */
public enum OrderStatus { PLACED, PAID, PARTIALLY_SHIPPED, SHIPPED, DELIVERED, CANCELLED, RETURNED, PARTIALLY_REFUNDED, REFUNDED }
