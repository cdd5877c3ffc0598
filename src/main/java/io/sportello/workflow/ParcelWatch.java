package io.sportello.workflow;

import java.util.Set;

/** Ids of the parcel-watch model: its key, decision, element ids, message and variable names. */
@org.springframework.modulith.NamedInterface("runtime")
public final class ParcelWatch {

    public static final String KEY = "parcel-watch";
    public static final String DECISION = "parcel-alerts";
    /** The business key of a parcel's watch: {@code parcel-} and the shipment id. */
    public static final String BUSINESS_KEY_PREFIX = "parcel-";

    private ParcelWatch() {
    }

    public static String businessKey(Long shipmentId) {
        return BUSINESS_KEY_PREFIX + shipmentId;
    }

    /** The one message the watch waits for: the parcel moved (status, expected date, a late event). */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Messages {
        public static final String PARCEL_UPDATED = "ParcelUpdated";

        private Messages() {
        }

        public static Set<String> all() {
            return TicketLifecycle.constants(Messages.class);
        }
    }

    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Elements {
        public static final String TASK_READ_PARCEL = "Task_ReadParcel";
        public static final String TASK_DECIDE = "Task_DecideParcel";
        public static final String TASK_OPEN_TICKET = "Task_OpenParcelTicket";
        public static final String TASK_UPDATE_TICKETS = "Task_UpdateCustomerTickets";
        public static final String TASK_NOTIFY = "Task_NotifyCustomer";
        public static final String GATEWAY_AWAIT = "Gateway_AwaitParcel";
        public static final String EVENT_UPDATED = "Event_ParcelUpdated";
        public static final String TIMER_LATE = "Timer_ExpectedDeliveryPassed";
        public static final String TASK_RECORD_LATE = "Task_RecordLate";
        public static final String TIMER_WATCH_EXPIRES = "Timer_WatchExpires";
        public static final String END_DONE = "EndEvent_ParcelDone";
        public static final String END_EXPIRED = "EndEvent_WatchExpired";

        private Elements() {
        }
    }

    /** Process variables of the watch. */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Vars {
        public static final String SHIPMENT_ID = "shipmentId";
        /** What woke the watch: {@code REGISTERED}, {@code STATUS}, {@code DATE}, {@code LATE}. */
        public static final String PARCEL_CHANGE = "parcelChange";
        public static final String PARCEL_STATUS = "parcelStatus";
        public static final String PARCEL_FINAL = "parcelFinal";
        public static final String DAYS_LATE = "daysLate";
        public static final String FAILED_ATTEMPTS = "failedAttempts";
        /** The desk already opened this parcel's ticket. */
        public static final String TICKET_OPENED = "ticketOpened";
        /** The customer has a ticket open about the order. */
        public static final String CUSTOMER_TICKET_OPEN = "customerTicketOpen";
        /** The shop lets the desk tell its customers about their parcels. */
        public static final String NOTIFICATIONS_ON = "notificationsOn";
        /** When the parcel next counts as late (a deadline: the morning after its expected day, then daily). */
        public static final String LATE_AT = "lateAt";
        public static final String NOTIFY = "notify";
        public static final String NOTICE = "notice";
        public static final String OPEN_TICKET = "openTicket";
        public static final String UPDATE_TICKET = "updateTicket";
        public static final String PARCEL_TICKET = "parcelTicket";

        private Vars() {
        }

        public static Set<String> all() {
            return TicketLifecycle.constants(Vars.class);
        }
    }
}
