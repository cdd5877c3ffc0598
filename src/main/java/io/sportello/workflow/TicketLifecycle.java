package io.sportello.workflow;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Ids of the ticket process models: process keys, element ids, message names and variable names. */
@org.springframework.modulith.NamedInterface("runtime")
public final class TicketLifecycle {

    public static final String KEY = "ticket-lifecycle";
    public static final String TIER_ESCALATION = "tier-escalation";
    public static final String CSAT_SURVEY = "csat-survey";
    public static final String TRIAGE_DECISION = "ticket-triage";
    public static final String SLA_DECISION = "sla-policy";
    /**
     * The {@code camunda:versionTag} of the bundled models in which every status and SLA change is a step of the
     * model. Tickets running on versions without it are moved to the newest version at start-up
     * ({@code ModelUpgrade}).
     */
    public static final String ORCHESTRATING_VERSION_TAG = "2";
    /**
     * The {@code camunda:versionTag} of the bundled lifecycle and tier handling in which every message is read
     * before triage and an agent's correction triages the ticket again. Tickets on lower tags move to it at start-up.
     */
    public static final String UNDERSTANDING_VERSION_TAG = "3";

    private TicketLifecycle() {
    }

    static Set<String> constants(Class<?> holder) {
        Set<String> names = new TreeSet<>();
        for (Field f : holder.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** BPMN message names; correlated by the ticket number (the process business key). */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Messages {
        public static final String CUSTOMER_REPLIED = "CustomerReplied";
        public static final String HUMAN_REQUESTED = "HumanRequested";
        public static final String TICKET_REOPENED = "TicketReopened";
        public static final String RESOLVED_BY_AGENT = "ResolvedByAgent";
        public static final String SURVEY_ANSWERED = "SurveyAnswered";
        public static final String FIRST_RESPONSE_GIVEN = "FirstResponseGiven";

        private Messages() {
        }

        /** Every message name Sportello correlates. */
        public static Set<String> all() {
            return constants(Messages.class);
        }
    }

    /** Element ids the code and tests refer to. */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Elements {
        public static final String TASK_UNDERSTAND = "Task_Understand";
        public static final String TASK_CHECK_TRIAGE = "Task_CheckTriage";
        public static final String TASK_TRIAGE = "Task_Triage";
        public static final String END_RETRIAGED = "EndEvent_Retriaged";
        /** The self-service assistant's conversation (call activity {@code self-service}). */
        public static final String CALL_SELF_SERVICE = "CallActivity_SelfService";
        /** The SLA clock waits while the assistant talks and runs again when it hands over. */
        public static final String TASK_PAUSE_SLA_FOR_ASSISTANT = "Task_PauseSlaForAssistant";
        public static final String TASK_RESUME_SLA_AFTER_ASSISTANT = "Task_ResumeSlaAfterAssistant";
        public static final String TASK_RESOLVE_BY_SELF_SERVICE = "Task_ResolveBySelfService";
        public static final String CALL_TIER_HANDLING = "CallActivity_TierHandling";
        public static final String GATEWAY_REOPEN_WINDOW = "Gateway_ReopenWindow";
        public static final String TIMER_REOPEN_WINDOW_ENDS = "Timer_ReopenWindowEnds";
        public static final String CALL_CSAT_SURVEY = "CallActivity_CsatSurvey";
        public static final String END_CLOSED = "EndEvent_TicketClosed";
        public static final String END_CLOSED_WITHOUT_REPLY = "EndEvent_ClosedWithoutReply";

        public static final String TASK_HANDLE_TICKET = "Task_HandleTicket";
        public static final String TASK_RESOLVE_TICKET = "Task_ResolveTicket";
        public static final String TASK_MARK_PENDING = "Task_MarkPending";
        public static final String TASK_RESUME_TICKET = "Task_ResumeTicket";
        public static final String TASK_RECORD_ESCALATION = "Task_RecordEscalation";
        public static final String TASK_RECORD_FIRST_RESPONSE = "Task_RecordFirstResponse";
        public static final String TASK_FIRST_RESPONSE_BREACHED = "Task_FirstResponseBreached";
        public static final String GATEWAY_FIRST_RESPONSE = "Gateway_FirstResponse";
        public static final String EVENT_FIRST_RESPONSE_AFTER_BREACH = "Event_FirstResponseAfterBreach";
        public static final String SUBPROCESS_TIER_WORK = "SubProcess_TierWork";
        public static final String TIMER_FIRST_RESPONSE_OVERDUE = "Timer_FirstResponseOverdue";
        public static final String TIMER_RESOLUTION_WARNING = "Timer_ResolutionWarning";
        public static final String TIMER_ESCALATION_DUE = "Timer_EscalationDue";
        public static final String GATEWAY_WAIT_FOR_CUSTOMER = "Gateway_WaitForCustomer";
        public static final String GATEWAY_WAIT_AFTER_REMINDER = "Gateway_WaitAfterReminder";
        public static final String TIMER_PENDING_REMINDER = "Timer_PendingReminder";
        public static final String TIMER_PENDING_AUTO_CLOSE = "Timer_PendingAutoClose";
        public static final String TASK_SEND_REMINDER = "Task_SendReminder";

        public static final String TASK_SEND_SURVEY = "Task_SendSurvey";
        public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";
        public static final String TIMER_SURVEY_EXPIRES = "Timer_SurveyExpires";
        public static final String TASK_FOLLOW_UP_DETRACTOR = "Task_FollowUpDetractor";

        private Elements() {
        }
    }

    /** Element ids of the versions before {@link #ORCHESTRATING_VERSION_TAG}, for moving their tickets. */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Legacy {
        public static final String TASK_HANDLE_TIER1 = "Task_HandleTier1";
        public static final String TASK_HANDLE_TIER2 = "Task_HandleTier2";
        public static final String TASK_HANDLE_TIER3 = "Task_HandleTier3";

        private Legacy() {
        }
    }

    /** Process variable names. Variables hold ids, enum names, booleans, numbers and dates only. */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Vars {
        public static final String TICKET_ID = "ticketId";
        public static final String CATEGORY = "category";
        public static final String CHANNEL = "channel";
        public static final String CUSTOMER_VALUE = "customerValue";
        public static final String SENTIMENT = "sentiment";
        public static final String ORDER_KNOWN = "orderKnown";
        public static final String PRIORITY = "priority";
        public static final String TIER = "tier";
        public static final String SKILL = "skill";
        public static final String SELF_SERVICE = "selfService";
        public static final String SELF_SERVICE_ANSWERED = "selfServiceAnswered";
        public static final String FIRST_RESPONSE_MINUTES = "firstResponseMinutes";
        public static final String RESOLUTION_MINUTES = "resolutionMinutes";
        /** The business calendar the SLA policy names for the ticket's clock; none: the tier team's calendar. */
        public static final String SLA_CALENDAR = "slaCalendar";
        public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
        public static final String RESOLUTION_DUE = "resolutionDue";
        public static final String RESOLUTION_WARNING_AT = "resolutionWarningAt";
        public static final String ESCALATION_DUE = "escalationDue";
        public static final String OUTCOME = "outcome";
        public static final String STICKY_ASSIGNEE = "stickyAssignee";
        public static final String ESCALATION_REASON = "escalationReason";
        /** Who acted last: a user name, "customer:" and the id for the customer; null for the system. */
        public static final String LAST_ACTOR = "lastActor";
        public static final String LAST_ACTOR_NAME = "lastActorName";
        public static final String CSAT_SCORE = "csatScore";
        /** The group that works the ticket at its tier ({@code tier1}…), what the handling task is offered to. */
        public static final String TIER_GROUP = "tierGroup";
        public static final String RESOLUTION_CODE = "resolutionCode";
        public static final String RESOLUTION_SUMMARY = "resolutionSummary";
        /** When the first public reply of a person on the desk was written; null until then. */
        public static final String FIRST_RESPONSE_AT = "firstResponseAt";
        /** The language the customer writes in ({@code it}, {@code en}), read from the message or corrected. */
        public static final String LANGUAGE = "language";
        /** How urgent the message reads: {@code LOW}, {@code NORMAL}, {@code HIGH} (threats, repeated reminders). */
        public static final String URGENCY = "urgency";
        /** True when the customer has not bought yet (a pre-sale question). */
        public static final String PRESALE = "presale";
        /** True when the desk is not sure enough of its reading and a person checks it before triage. */
        public static final String TRIAGE_CHECK = "triageCheck";
        /** True when the customer writes informally: the automatic answers use their register (tu, not Lei). */
        public static final String INFORMAL = "informal";
        /** The desk opened the ticket itself for a person to act (a late parcel): no assistant, no automatic answer. */
        public static final String OPENED_BY_DESK = "openedByDesk";
        /** True when a person follows up after the automatic answer (an urgent "where is my order?"). */
        public static final String FOLLOW_UP = "followUp";
        /** A priority a person chose: triage keeps it instead of its own. */
        public static final String CHOSEN_PRIORITY = "chosenPriority";

        private Vars() {
        }

        /** Every variable name above: the names a model's expressions may refer to. */
        public static Set<String> all() {
            return constants(Vars.class);
        }
    }
}
