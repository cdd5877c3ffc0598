package io.sportello.workflow;

import java.util.Set;

/**
 * Ids of the self-service model: the assistant's conversation with a customer, turn by turn, called by the lifecycle
 * (business key: the ticket number) before any person sees the ticket.
 */
@org.springframework.modulith.NamedInterface("runtime")
public final class SelfService {

    public static final String KEY = "self-service";
    public static final String DECISION = "self-service-turn";

    private SelfService() {
    }

    /** How a conversation ended, as the lifecycle reads it ({@link Vars#OUTCOME}). */
    public static final String HANDED_OVER = "HANDED_OVER";
    public static final String RESOLVED = "RESOLVED";
    /** The customer never answered the assistant's question (the order number, "say it another way"). */
    public static final String NO_REPLY = "NO_REPLY";

    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Elements {
        public static final String TASK_READ_TURN = "Task_ReadTurn";
        public static final String TASK_DECIDE_TURN = "Task_DecideTurn";
        public static final String TASK_ANSWER_ORDER = "Task_AnswerOrderStatus";
        public static final String TASK_ASK_ORDER = "Task_AskOrderNumber";
        public static final String TASK_ANSWER_ARTICLE = "Task_AnswerFromArticle";
        public static final String TASK_ASK_AGAIN = "Task_AskAgain";
        public static final String TASK_CLOSE = "Task_CloseConversation";
        public static final String TASK_HAND_OVER = "Task_HandOver";
        public static final String GATEWAY_AWAIT = "Gateway_AwaitCustomer";
        public static final String TIMER_IDLE = "Timer_ConversationIdle";
        public static final String END_HANDED_OVER = "EndEvent_HandedOver";
        public static final String END_RESOLVED = "EndEvent_Resolved";
        public static final String END_IDLE = "EndEvent_AnswerAccepted";
        public static final String TASK_NO_REPLY = "Task_NoReply";
        public static final String END_NO_REPLY = "EndEvent_NoReply";

        private Elements() {
        }
    }

    /** Variables of a conversation (besides the lifecycle's ticketId, channel, language, category, sentiment…). */
    @org.springframework.modulith.NamedInterface("runtime")
    public static final class Vars {
        /** What the customer's turn is: {@code HUMAN}, {@code NOT_HELPED}, {@code THANKS}, {@code NEEDS_PERSON},
         * {@code ORDER_STATUS}, {@code ARTICLE}, {@code UNKNOWN}. */
        public static final String INTENT = "botIntent";
        /** The assistant can answer the turn with confidence (an article sure enough, an order it may speak of). */
        public static final String CONFIDENT = "botConfident";
        /** The customer's order the turn is about (its number), if the assistant may speak of it. */
        public static final String ORDER = "botOrder";
        /** The customer typed an order number in the turn. */
        public static final String ORDER_GIVEN = "botOrderGiven";
        /** The article (translation group) that answers the turn. */
        public static final String ARTICLE = "botArticle";
        /** The last article the assistant sent. */
        public static final String LAST_ARTICLE = "botLastArticle";
        /** The customer is upset in this turn. */
        public static final String NEGATIVE = "botNegative";
        /** How many times the assistant has written to the customer. */
        public static final String TURNS = "botTurns";
        /** Turns the assistant could do nothing with. */
        public static final String FAILED_TURNS = "failedTurns";
        /** What the decision table chose: {@code ANSWER_ORDER}, {@code ASK_ORDER}, {@code ANSWER_ARTICLE},
         * {@code ASK_AGAIN}, {@code HAND_OVER}, {@code CLOSE}. */
        public static final String ACTION = "botAction";
        /** After answering, a person takes over anyway (the table's column; none of the bundled rules sets it). */
        public static final String THEN_HAND_OVER = "thenHandOver";
        /** The answer went out (false: the order or article was gone by then). */
        public static final String ANSWERED = "botAnswered";
        /** Why a person takes over: {@code ASKED}, {@code NOT_HELPED}, {@code NEGATIVE}, {@code NOT_CONFIDENT},
         * {@code TWO_FAILED}, {@code NEEDS_PERSON}, {@code FOLLOW_UP}. */
        public static final String HANDOVER_REASON = "handoverReason";
        /** How the conversation ended: {@link #HANDED_OVER}, {@link #RESOLVED}, {@link #NO_REPLY} (otherwise the answer
         * was accepted). */
        public static final String OUTCOME = "selfServiceOutcome";

        private Vars() {
        }

        public static Set<String> all() {
            return TicketLifecycle.constants(Vars.class);
        }
    }
}
