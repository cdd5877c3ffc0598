package io.sportello.commerce;

/**
 * What happened to an order, as data; rendered from {@code order.history.TYPE} with its arguments in the reader's
 * language (an argument written {@code #key} is a bundle key itself).
 */
public enum OrderHistoryType {
    /** The shop told the desk about the order for the first time. */
    RECEIVED,
    /** A newer state of the order arrived (status, payment, fulfilment, lines). */
    UPDATED,
    /** An update older than what the desk already had arrived late and was left out. */
    STALE_IGNORED,
    PAYMENT_RECORDED,
    REFUND_RECORDED,
    SHIPMENT_CREATED,
    PARCEL_STATUS,
    /** A tracking event older than the parcel's latest one: kept in the timeline, the status stays. */
    PARCEL_EVENT_LATE,
    /** The parcel watch decided to tell the customer and queued the message. */
    NOTIFICATION_QUEUED,
    /** The parcel watch decided to tell the customer but the message waits for quiet hours to end. */
    NOTIFICATION_DEFERRED,
    /** The parcel watch decided to tell the customer but did not (frequency cap, no channel, switched off). */
    NOTIFICATION_SKIPPED,
    /** The parcel watch opened a ticket for a person to act. */
    TICKET_OPENED,
    /** The parcel watch wrote the news on a ticket the customer had already opened about the order. */
    TICKET_UPDATED,
    /** The expected delivery date passed without delivery. */
    PARCEL_LATE
}
