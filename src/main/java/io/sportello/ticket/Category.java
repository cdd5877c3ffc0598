package io.sportello.ticket;

public enum Category {
    ORDER_STATUS, SHIPPING, RETURN, PAYMENT, TECHNICAL, ACCOUNT, FRAUD, PRODUCT, OTHER;

    /** Whether a message of this category can only come from someone who bought already (no pre-sale question). */
    public boolean isAfterSale() {
        return this == ORDER_STATUS || this == RETURN || this == FRAUD;
    }
}
