package io.sportello.audit;

import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an auditor searches by; null or empty fields do not filter. {@code customer} matches a customer's name,
 * e-mail or phone; {@code agent} a user name that was assigned to or acted on the ticket; dates are days in the
 * desk's time zone, both included.
 */
public record AuditQuery(String number, String customer, String agent, LocalDate from, LocalDate to,
                         Set<Category> categories, Set<ResolutionCode> outcomes, Boolean slaBreached) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }
}
