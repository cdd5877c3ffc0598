package io.sportello.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ticket's state machine on its own: each transition's checks, changes and history entries, at fixed instants. */
class TicketTest {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final Actor LUCA = Actor.user("luca", "Luca Bianchi");
    static final Actor CUSTOMER = Actor.customer(7L, "Carla Bruni");

    static Ticket ticket() {
        return new Ticket("Reso", Category.RETURN, Channel.EMAIL, Sentiment.NEUTRAL, "it", 7L, null, null, T0);
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aNewTicketIsOpenedByTheFirstPublicReplyWhichIsItsFirstResponse() {
        Ticket t = ticket();
        var changes = t.messageAdded(LUCA, Visibility.PUBLIC, Direction.OUTBOUND, at(10));
        assertThat(changes).extracting(TicketEvent::getType, TicketEvent::getFromValue, TicketEvent::getToValue)
                .containsExactly(tuple(TicketEventType.FIRST_RESPONSE, null, null),
                        tuple(TicketEventType.STATUS_CHANGED, "NEW", "OPEN"));
        assertThat(t.getFirstResponseAt()).isEqualTo(at(10));
        assertThat(t.messageAdded(LUCA, Visibility.PUBLIC, Direction.OUTBOUND, at(20))).isEmpty();
        assertThat(t.getFirstResponseAt()).as("only the first reply counts").isEqualTo(at(10));
    }

    @Test
    void notesAndCustomerMessagesAreNoFirstResponse() {
        Ticket t = ticket();
        assertThat(t.messageAdded(LUCA, Visibility.INTERNAL, Direction.OUTBOUND, at(5)))
                .extracting(TicketEvent::getType).containsExactly(TicketEventType.STATUS_CHANGED);
        assertThat(t.messageAdded(CUSTOMER, Visibility.PUBLIC, Direction.INBOUND, at(6))).isEmpty();
        assertThat(t.getFirstResponseAt()).isNull();
    }

    @Test
    void pendingResumeResolveReopenAndCloseEachRecordTheirStep() {
        Ticket t = ticket();
        t.assign("luca", LUCA, at(1));
        assertThat(t.markPending(LUCA, at(2))).extracting(TicketEvent::getToValue).containsExactly("PENDING_CUSTOMER");
        assertThat(t.markPending(LUCA, at(3))).as("already pending").isEmpty();
        assertThat(t.resume(CUSTOMER, at(4))).singleElement().satisfies(e -> {
            assertThat(e.getToValue()).isEqualTo("OPEN");
            assertThat(e.getActorKind()).isEqualTo(Actor.Kind.CUSTOMER);
        });
        assertThat(t.resume(CUSTOMER, at(5))).as("nothing to resume").isEmpty();

        assertThat(t.resolve(ResolutionCode.ANSWERED, "Etichetta inviata", LUCA, at(6)))
                .extracting(TicketEvent::getType).containsExactly(TicketEventType.STATUS_CHANGED, TicketEventType.RESOLVED);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(t.getResolvedAt()).isEqualTo(at(6));
        assertThat(t.getResolutionCode()).isEqualTo(ResolutionCode.ANSWERED);

        assertThat(t.reopen(CUSTOMER, at(7))).extracting(TicketEvent::getType)
                .containsExactly(TicketEventType.STATUS_CHANGED, TicketEventType.REOPENED);
        assertThat(t.getReopenCount()).isEqualTo(1);
        assertThat(t.getResolvedAt()).isNull();

        t.resolve(ResolutionCode.REFUNDED, null, LUCA, at(8));
        assertThat(t.close(HistoryReason.of(HistoryReason.REOPEN_WINDOW_ENDED), Actor.system(), at(9)))
                .extracting(TicketEvent::getType).containsExactly(TicketEventType.STATUS_CHANGED, TicketEventType.CLOSED);
        assertThat(t.getResolutionCode()).as("closing keeps the resolution").isEqualTo(ResolutionCode.REFUNDED);
        assertThat(t.close(HistoryReason.of(HistoryReason.REOPEN_WINDOW_ENDED), Actor.system(), at(10))).isEmpty();
        assertThat(t.getUpdatedAt()).isEqualTo(at(9));
    }

    @Test
    void aTicketClosedWithoutResolutionIsRecordedAsNoCustomerReply() {
        Ticket t = ticket();
        t.markPending(LUCA, at(1));
        var closing = t.close(HistoryReason.of(HistoryReason.NO_CUSTOMER_REPLY), Actor.system(), at(2));
        assertThat(closing).allSatisfy(e -> {
            assertThat(e.getReason().code()).as("the reason is data, told in the reader's language")
                    .isEqualTo(HistoryReason.NO_CUSTOMER_REPLY);
            assertThat(e.getDetail()).as("no sentence of the desk's stored").isNull();
        });
        assertThat(t.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.getResolutionCode()).isEqualTo(ResolutionCode.NO_CUSTOMER_REPLY);
        assertThat(t.getResolvedAt()).isEqualTo(at(2));
    }

    @Test
    void transitionsThatDoNotFitTheStatusAreRefusedAndChangeNothing() {
        Ticket t = ticket();
        t.resolve(ResolutionCode.ANSWERED, null, LUCA, at(1));
        assertThatThrownBy(() -> t.resolve(ResolutionCode.ANSWERED, null, LUCA, at(2)))
                .isInstanceOf(RuleViolationException.class).extracting("rule").isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThatThrownBy(() -> t.markPending(LUCA, at(2))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> t.changeTier(Tier.L2, "x", LUCA, at(2))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> t.changePriority(Priority.HIGH, LUCA, at(2), null)).isInstanceOf(RuleViolationException.class);
        assertThat(t.getResolvedAt()).isEqualTo(at(1));
        Ticket open = ticket();
        assertThatThrownBy(() -> open.reopen(LUCA, at(1))).isInstanceOf(RuleViolationException.class)
                .extracting("rule").isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(open.getReopenCount()).isZero();
    }

    @Test
    void escalationGoesUpOnlyAndLeavesTheTicketUnassigned() {
        Ticket t = ticket();
        t.assign("luca", LUCA, at(1));
        assertThatThrownBy(() -> t.checkEscalation(Tier.L1)).isInstanceOf(RuleViolationException.class)
                .extracting("rule").isEqualTo("ESCALATION_TARGET");
        assertThat(t.changeTier(Tier.L2, "Rimborso", LUCA, at(2))).singleElement().satisfies(e -> {
            assertThat(e.getFromValue()).isEqualTo("L1");
            assertThat(e.getToValue()).isEqualTo("L2");
            assertThat(e.getDetail()).isEqualTo("Rimborso");
        });
        assertThat(t.getAssignee()).isNull();
        assertThat(t.getEscalationCount()).isEqualTo(1);
    }

    @Test
    void assigningANewTicketOpensItAndTheSameAssigneeTwiceChangesNothing() {
        Ticket t = ticket();
        assertThat(t.assign("luca", LUCA, at(1))).extracting(TicketEvent::getType)
                .containsExactly(TicketEventType.ASSIGNED, TicketEventType.STATUS_CHANGED);
        assertThat(t.assign("luca", LUCA, at(2))).isEmpty();
        assertThat(t.assign(null, LUCA, at(3))).extracting(TicketEvent::getType).containsExactly(TicketEventType.UNASSIGNED);
        assertThat(t.getStatus()).isEqualTo(TicketStatus.OPEN);
    }
}
