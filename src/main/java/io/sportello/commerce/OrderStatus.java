package io.sportello.commerce;

public enum OrderStatus { PLACED, PAID, SHIPPED, DELIVERED, CANCELLED, RETURNED }
