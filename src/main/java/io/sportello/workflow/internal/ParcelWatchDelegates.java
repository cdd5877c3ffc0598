package io.sportello.workflow.internal;

import io.sportello.customer.CustomerService;
import io.sportello.proactive.Notice;
import io.sportello.proactive.ParcelState;
import io.sportello.proactive.ParcelWatchDesk;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.ParcelWatch.Vars;
import io.sportello.workflow.TicketProcesses;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delegates of the parcel-watch process: each reads the shipment id, makes one call to the desk's parcel watch and
 * writes back what the model routes on.
 */
@Configuration(proxyBeanMethods = false)
class ParcelWatchDelegates {

    static Long shipmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Vars.SHIPMENT_ID)).longValue();
    }

    static Notice notice(DelegateExecution execution) {
        return Notice.valueOf((String) execution.getVariable(Vars.NOTICE));
    }

    /** What the decision reads: the parcel's status, how late, attempts, tickets, whether notices are on. */
    @Bean
    JavaDelegate readParcelDelegate(ParcelWatchDesk desk) {
        return execution -> {
            ParcelState s = desk.state(shipmentId(execution));
            execution.setVariable(Vars.PARCEL_STATUS, s.status() == null ? null : s.status().name());
            execution.setVariable(Vars.PARCEL_FINAL, s.isFinal());
            execution.setVariable(Vars.DAYS_LATE, s.daysLate());
            execution.setVariable(Vars.FAILED_ATTEMPTS, s.failedAttempts());
            execution.setVariable(Vars.TICKET_OPENED, s.ticketOpened());
            execution.setVariable(Vars.CUSTOMER_TICKET_OPEN, s.customerTicketOpen());
            execution.setVariable(Vars.NOTIFICATIONS_ON, s.notificationsOn());
            execution.setVariable(Vars.LATE_AT, Date.from(s.lateAt()));
        };
    }

    /** Opens the parcel's one proactive ticket and starts its lifecycle (triage sends a shipping question to L1). */
    @Bean
    JavaDelegate openParcelTicketDelegate(ParcelWatchDesk desk, TicketProcesses processes, CustomerService customers) {
        return execution -> {
            TicketService.Opened opened = desk.openTicket(shipmentId(execution), notice(execution));
            if (opened == null) {
                return; // nobody the desk knows to open it for: the order's history says so
            }
            if (opened.created()) {
                processes.start(opened.ticket(), customers.get(opened.ticket().getCustomerId()).getValue(), true, true);
            }
            execution.setVariable(Vars.PARCEL_TICKET, opened.ticket().getNumber());
            execution.setVariable(Vars.TICKET_OPENED, true);
        };
    }

    @Bean
    JavaDelegate updateCustomerTicketsDelegate(ParcelWatchDesk desk) {
        return execution -> desk.updateCustomerTickets(shipmentId(execution), notice(execution));
    }

    @Bean
    JavaDelegate notifyCustomerDelegate(ParcelWatchDesk desk) {
        return execution -> desk.notify(shipmentId(execution), notice(execution));
    }

    /** The expected day passed: the delay goes in the order's history and the decision reads it as such. */
    @Bean
    JavaDelegate recordParcelLateDelegate(ParcelWatchDesk desk) {
        return execution -> {
            desk.late(shipmentId(execution));
            execution.setVariable(Vars.PARCEL_CHANGE, "LATE");
        };
    }
}
