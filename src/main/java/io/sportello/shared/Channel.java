package io.sportello.shared;

/** The ways a customer reaches the desk. A ticket keeps the channel it was opened on; each message keeps its own. */
public enum Channel {
    EMAIL, WEB_FORM, CHAT, PHONE, WHATSAPP, SOCIAL;

    /** Live channels expect an answer in minutes rather than hours. */
    public boolean isLive() {
        return this == CHAT || this == PHONE;
    }
}
