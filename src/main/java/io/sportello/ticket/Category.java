package io.sportello.ticket;

public enum Category { ORDER_STATUS, SHIPPING, RETURN, PAYMENT, TECHNICAL, ACCOUNT, FRAUD, PRODUCT, OTHER }
