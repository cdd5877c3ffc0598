package io.sportello.commerce;

/** The money side of an order as the shop reports it (Shopify's financial status, WooCommerce's paid date and status). */
public enum PaymentStatus { PENDING, AUTHORIZED, PAID, PARTIALLY_REFUNDED, REFUNDED, VOIDED, FAILED }
