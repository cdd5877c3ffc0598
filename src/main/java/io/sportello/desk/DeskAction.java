package io.sportello.desk;

/** What a person can do with a ticket on the desk; {@link AllowedActions} says which, for whom, now. */
public enum DeskAction {
    /** A public reply to the customer. */
    REPLY,
    /** An internal note for colleagues. */
    NOTE,
    /** Record a phone call with the customer. */
    LOG_CALL,
    /** Take the ticket's handling task. */
    CLAIM,
    /** Give the handling task back to its group. */
    RELEASE,
    /** Reply and keep working the ticket. */
    REPLY_AND_KEEP,
    /** Hand the ticket to a higher tier. */
    ESCALATE,
    /** Wait for the customer (the resolution clock pauses). */
    WAIT_FOR_CUSTOMER,
    RESOLVE,
    /** Work on a resolved ticket again, within its reopen window. */
    REOPEN,
    CHANGE_PRIORITY,
    CHANGE_CATEGORY,
    /** Say which language the customer writes in (replies, templates and the models follow). */
    CHANGE_LANGUAGE,
    /** Check the desk's reading of a new ticket it was not sure of, correcting it where it is wrong. */
    CHECK_TRIAGE
}
