package io.sportello.ticket;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a history entry happened, as data: a reason code and its arguments, never a sentence. The screens, the audit
 * timeline, the evidence exports render it from the bundles ({@code history.reason.CODE}) in the reader's language.
 * An argument written {@code #key} is itself a bundle key (a channel, a resolution code…), translated too; every
 * other argument is shown as it is (numbers, names, ticket numbers).
 */
public record HistoryReason(String code, List<String> arguments) {

    public HistoryReason {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static HistoryReason of(String code, Object... arguments) {
        List<String> args = new ArrayList<>();
        for (Object a : arguments) {
            args.add(a == null ? "" : a.toString());
        }
        return new HistoryReason(code, args);
    }

    /** An argument that is a bundle key ({@code #channel.EMAIL}), translated where it is read. */
    public static String key(String bundleKey) {
        return "#" + bundleKey;
    }

    /** Stored as one column: the arguments separated by a unit separator (they never contain one). */
    String encodedArguments() {
        return arguments.isEmpty() ? null : String.join("\u001f", arguments);
    }

    static HistoryReason decode(String code, String encoded) {
        if (code == null) {
            return null;
        }
        return new HistoryReason(code, encoded == null || encoded.isEmpty() ? List.of()
                : List.of(encoded.split("\u001f", -1)));
    }

    // the reasons the desk records
    public static final String VIA_CHANNEL = "VIA_CHANNEL";
    public static final String TRIAGE_SKILL = "TRIAGE_SKILL";
    public static final String RESOLVED_AS = "RESOLVED_AS";
    public static final String CUSTOMER_REPLIED = "CUSTOMER_REPLIED";
    public static final String REOPEN_WINDOW_ENDED = "REOPEN_WINDOW_ENDED";
    public static final String NO_CUSTOMER_REPLY = "NO_CUSTOMER_REPLY";
    public static final String RESOLUTION_BREACHED = "RESOLUTION_BREACHED";
    public static final String RESOLUTION_BREACHED_ESCALATED = "RESOLUTION_BREACHED_ESCALATED";
    public static final String RESOLUTION_BREACHED_AT_TOP = "RESOLUTION_BREACHED_AT_TOP";
    public static final String FIRST_RESPONSE_BREACHED = "FIRST_RESPONSE_BREACHED";
    public static final String RESOLUTION_WARNING = "RESOLUTION_WARNING";
    public static final String CALL = "CALL";
    public static final String CALL_OPENED_TICKET = "CALL_OPENED_TICKET";
    public static final String SURVEY_SCORE = "SURVEY_SCORE";
    public static final String CUSTOMERS_MERGED = "CUSTOMERS_MERGED";
    public static final String CUSTOMERS_SEPARATED = "CUSTOMERS_SEPARATED";
    public static final String MIGRATED = "MIGRATED";
    public static final String MODEL_UPGRADE = "MODEL_UPGRADE";
    public static final String ORDER_STATUS_SENT = "ORDER_STATUS_SENT";
    public static final String MODEL_STEP = "MODEL_STEP";
    public static final String ATTACHMENTS_REFUSED = "ATTACHMENTS_REFUSED";
    public static final String REFERS_TO = "REFERS_TO";
    public static final String CHAT_LEFT_AFTER = "CHAT_LEFT_AFTER";
    /** A chat started by a visitor who proved the address with a mailed code. */
    public static final String CHAT_ADDRESS_PROVEN = "CHAT_ADDRESS_PROVEN";
    /** A proven visitor continued this conversation in a new chat. */
    public static final String CHAT_CONTINUED_PROVEN = "CHAT_CONTINUED_PROVEN";
    public static final String DELIVERY_FAILED_TO = "DELIVERY_FAILED_TO";
    public static final String SLA_TARGET_MISSED = "SLA_TARGET_MISSED";
    public static final String READ_BY_MODEL = "READ_BY_MODEL";
    public static final String READ_BY_MODEL_CHECK = "READ_BY_MODEL_CHECK";
    public static final String READ_BY_MODEL_CHOSEN = "READ_BY_MODEL_CHOSEN";
    public static final String TRIAGE_CHECKED = "TRIAGE_CHECKED";
    public static final String TRIAGE_CORRECTED = "TRIAGE_CORRECTED";
    /** A ticket the parcel watch opened: order, the parcel's status. */
    public static final String OPENED_BY_PARCEL_WATCH = "OPENED_BY_PARCEL_WATCH";

    /** The internal notes the desk writes itself (texts {@code note.} and the code), not history reasons. */
    /** The assistant read a customer's turn: intent, the article that answers, the order it is about. */
    public static final String ASSISTANT_READ = "ASSISTANT_READ";
    /** The customer named their order to the assistant: it is now the ticket's order. */
    public static final String ASSISTANT_ORDER_GIVEN = "ASSISTANT_ORDER_GIVEN";
    public static final String ASSISTANT_ASKED_ORDER = "ASSISTANT_ASKED_ORDER";
    public static final String ASSISTANT_ORDER_NOT_FOUND = "ASSISTANT_ORDER_NOT_FOUND";
    /** The assistant answered from an article: its title and group. */
    public static final String ASSISTANT_ANSWERED = "ASSISTANT_ANSWERED";
    public static final String ASSISTANT_ASKED_AGAIN = "ASSISTANT_ASKED_AGAIN";
    public static final String ASSISTANT_CLOSED = "ASSISTANT_CLOSED";
    public static final String ASSISTANT_NO_REPLY = "ASSISTANT_NO_REPLY";
    /** The assistant passed the conversation to a person: why. */
    public static final String ASSISTANT_HANDED_OVER = "ASSISTANT_HANDED_OVER";

    public static final class Notes {
        public static final String ATTACHMENTS_NOT_ACCEPTED = "ATTACHMENTS_NOT_ACCEPTED";
        public static final String REFERS_TO_TICKET = "REFERS_TO_TICKET";
        public static final String IDENTITY_NOT_VERIFIED = "IDENTITY_NOT_VERIFIED";
        /** Why the parcel watch opened the ticket: order, carrier, tracking code, status, place, days late. */
        public static final String PARCEL_NEEDS_ACTION = "PARCEL_NEEDS_ACTION";
        /** The parcel of the ticket's order moved and the customer was told: status, place, the reply sent. */
        public static final String PARCEL_UPDATE_SENT = "PARCEL_UPDATE_SENT";
        /** The assistant passed the conversation on: why, and what it had answered. */
        public static final String ASSISTANT_HANDED_OVER = "ASSISTANT_HANDED_OVER_NOTE";

        private Notes() {
        }

        public static java.util.Set<String> all() {
            return java.util.Set.of(ATTACHMENTS_NOT_ACCEPTED, REFERS_TO_TICKET, IDENTITY_NOT_VERIFIED, PARCEL_NEEDS_ACTION,
                    PARCEL_UPDATE_SENT, ASSISTANT_HANDED_OVER);
        }
    }

    /** Every reason code above: each needs its text in both bundles. */
    public static java.util.Set<String> all() {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (java.lang.reflect.Field f : HistoryReason.class.getFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    codes.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return codes;
    }
}
