package io.sportello.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import io.sportello.workflow.ParcelWatch.Elements;
import io.sportello.workflow.ParcelWatch.Messages;
import io.sportello.workflow.ParcelWatch.Vars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path and timer of parcel-watch.bpmn, with its real decision table and stand-in delegates. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/parcel-watch.bpmn", "processes/decisions/parcel-alerts.dmn"})
class ParcelWatchProcessTest {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    ProcessEngine processEngine;
    final List<String> calls = new ArrayList<>();
    /** What the read step finds: the parcel as the stand-in delegate reports it. */
    String status = "INFO_RECEIVED";
    boolean isFinal;
    int daysLate;
    int attempts;
    boolean customerTicketOpen;
    boolean notificationsOn = true;
    boolean ticketOpened;
    Instant lateAt = START.plus(Duration.ofDays(3));

    @BeforeEach
    void setUp() {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(START));
        record("readParcelDelegate", ex -> {
            ex.setVariable(Vars.PARCEL_STATUS, status);
            ex.setVariable(Vars.PARCEL_FINAL, isFinal);
            ex.setVariable(Vars.DAYS_LATE, daysLate);
            ex.setVariable(Vars.FAILED_ATTEMPTS, attempts);
            ex.setVariable(Vars.TICKET_OPENED, ticketOpened);
            ex.setVariable(Vars.CUSTOMER_TICKET_OPEN, customerTicketOpen);
            ex.setVariable(Vars.NOTIFICATIONS_ON, notificationsOn);
            ex.setVariable(Vars.LATE_AT, Date.from(lateAt));
        });
        record("openParcelTicketDelegate", ex -> {
            ticketOpened = true;
            ex.setVariable(Vars.PARCEL_TICKET, "SP-000777");
        });
        record("updateCustomerTicketsDelegate", ex -> { });
        record("notifyCustomerDelegate", ex -> calls.add("notice:" + ex.getVariable(Vars.NOTICE)));
        record("recordParcelLateDelegate", ex -> ex.setVariable(Vars.PARCEL_CHANGE, "LATE"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private void record(String name, JavaDelegate behaviour) {
        Mocks.register(name, (JavaDelegate) execution -> {
            calls.add(name);
            behaviour.execute(execution);
        });
    }

    private ProcessInstance register() {
        return runtimeService().startProcessInstanceByKey(ParcelWatch.KEY, ParcelWatch.businessKey(7L),
                ParcelWatchProcesses.startVariables(7L, "REGISTERED"));
    }

    private void moved(String newStatus) {
        status = newStatus;
        calls.clear();
        runtimeService().createMessageCorrelation(Messages.PARCEL_UPDATED).processInstanceBusinessKey(ParcelWatch.businessKey(7L))
                .setVariable(Vars.PARCEL_CHANGE, "STATUS").correlate();
    }

    @Test
    void aParcelHandedToTheCarrierIsAnnouncedAndWatched() {
        ProcessInstance pi = register();
        assertThat(pi).hasPassed(Elements.TASK_READ_PARCEL, Elements.TASK_DECIDE, Elements.TASK_NOTIFY)
                .isWaitingAt(Elements.GATEWAY_AWAIT);
        assertThat(calls).contains("notice:SHIPPED").doesNotContain("openParcelTicketDelegate");
        assertThat(job(Elements.TIMER_LATE, pi).getDuedate().toInstant()).isEqualTo(lateAt);
    }

    @Test
    void heldAtAPickupPointTheCustomerIsToldAndAPersonGetsATicket() {
        ProcessInstance pi = register();
        moved("AVAILABLE_FOR_PICKUP");
        assertThat(pi).hasPassed(Elements.TASK_OPEN_TICKET).isWaitingAt(Elements.GATEWAY_AWAIT);
        assertThat(calls).containsSubsequence("openParcelTicketDelegate", "notice:AVAILABLE_FOR_PICKUP");
        assertThat(runtimeService().getVariable(pi.getId(), Vars.PARCEL_TICKET)).isEqualTo("SP-000777");
    }

    @Test
    void theParcelsTicketIsOpenedOnceWhateverHappensNext() {
        ProcessInstance pi = register();
        moved("EXCEPTION");
        moved("AVAILABLE_FOR_PICKUP");
        assertThat(calls).doesNotContain("openParcelTicketDelegate").contains("notice:AVAILABLE_FOR_PICKUP");
        assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT);
    }

    @Test
    void aCustomerWhoAlreadyAskedIsAnsweredOnTheirTicketInsteadOfANotice() {
        ProcessInstance pi = register();
        customerTicketOpen = true;
        moved("OUT_FOR_DELIVERY");
        assertThat(calls).contains("updateCustomerTicketsDelegate").doesNotContain("notifyCustomerDelegate");
        assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT);
    }

    @Test
    void withNoticesSwitchedOffNobodyIsToldButAPersonStillActs() {
        notificationsOn = false;
        ProcessInstance pi = register();
        assertThat(calls).doesNotContain("notifyCustomerDelegate");
        moved("EXCEPTION");
        assertThat(calls).contains("openParcelTicketDelegate").doesNotContain("notifyCustomerDelegate");
        assertThat(pi).isWaitingAt(Elements.GATEWAY_AWAIT);
    }

    @Test
    void aDeliveredParcelEndsTheWatch() {
        ProcessInstance pi = register();
        isFinal = true;
        moved("DELIVERED");
        assertThat(calls).contains("notice:DELIVERED");
        assertThat(pi).hasPassed(Elements.END_DONE).isEnded();
    }

    @Test
    void aLateParcelIsAnnouncedTheMorningAfterAndGetsATicketWhenLateBeyondTheThreshold() {
        ProcessInstance pi = register();
        daysLate = 1;
        lateAt = START.plus(Duration.ofDays(4));
        calls.clear();
        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
        execute(job(Elements.TIMER_LATE, pi));
        assertThat(pi).hasPassed(Elements.TASK_RECORD_LATE).isWaitingAt(Elements.GATEWAY_AWAIT);
        assertThat(calls).contains("notice:DELAYED").doesNotContain("openParcelTicketDelegate");

        daysLate = 3;
        lateAt = START.plus(Duration.ofDays(6));
        calls.clear();
        execute(job(Elements.TIMER_LATE, pi));
        assertThat(calls).contains("openParcelTicketDelegate");

        daysLate = 4;
        calls.clear();
        execute(job(Elements.TIMER_LATE, pi));
        assertThat(calls).doesNotContain("openParcelTicketDelegate");
        assertThat(job(Elements.TIMER_LATE, pi).getDuedate().toInstant()).isEqualTo(lateAt);
    }

    @Test
    void aNewExpectedDateChangesNothingButTheLateTimer() {
        ProcessInstance pi = register();
        calls.clear();
        lateAt = START.plus(Duration.ofDays(5));
        runtimeService().createMessageCorrelation(Messages.PARCEL_UPDATED).processInstanceBusinessKey(ParcelWatch.businessKey(7L))
                .setVariable(Vars.PARCEL_CHANGE, "DATE").correlate();
        assertThat(calls).containsExactly("readParcelDelegate");
        assertThat(job(Elements.TIMER_LATE, pi).getDuedate().toInstant()).isEqualTo(lateAt);
    }

    @Test
    void thirtyDaysWithoutNewsEndTheWatch() {
        ProcessInstance pi = register();
        assertThat(job(Elements.TIMER_WATCH_EXPIRES, pi).getDuedate().toInstant()).isEqualTo(START.plus(Duration.ofDays(30)));
        execute(job(Elements.TIMER_WATCH_EXPIRES, pi));
        assertThat(pi).hasPassed(Elements.END_EXPIRED).isEnded();
    }
}
