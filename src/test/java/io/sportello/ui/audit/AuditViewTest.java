package io.sportello.ui.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.audit.AuditEntry;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ui.KaribuTest;
import io.sportello.ui.desk.inbox.InboxView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditor's search and per-ticket audit page: filters, the merged timeline, the process diagram, exports. */
class AuditViewTest extends KaribuTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    UserAccountService accounts;

    Ticket resolvedTicket() {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, UUID.randomUUID() + "@esempio.it", "Lia Auditata",
                "Rimborso non arrivato", "Il rimborso non è arrivato", Category.RETURN, null, "it", null, null),
                Actor.system()).ticket();
        desk.claim(ticket.getNumber(), accounts.get("luca"));
        desk.resolve(ticket.getNumber(), ResolutionCode.REFUNDED, "Rimborso eseguito", accounts.get("luca"));
        return ticket;
    }

    @Test
    void auditorFindsATicketByItsFacts() {
        Ticket ticket = resolvedTicket();
        login("anna");
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        _setValue(view.customer, "Lia Auditata");
        assertThat(GridKt._fetch(view.grid, 0, 10)).extracting(Ticket::getNumber).containsExactly(ticket.getNumber());
        _setValue(view.outcomes, Set.of(ResolutionCode.DUPLICATE));
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.outcomes, Set.of(ResolutionCode.REFUNDED));
        _setValue(view.agent, "luca");
        _setValue(view.breached, AuditView.Breach.NO);
        assertThat(GridKt._fetch(view.grid, 0, 10)).extracting(Ticket::getNumber).containsExactly(ticket.getNumber());
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(ticket.getNumber(), "Return", "Resolved", "luca", "Refunded", "no");
        assertThat(view.csv.getHref()).isNotBlank();
        assertThat(view.pdf.getHref()).isNotBlank();
    }

    @Test
    void auditPageShowsTheWholeStoryAndThePathTaken() {
        Ticket ticket = resolvedTicket();
        login("anna");
        UI.getCurrent().navigate(AuditTicketView.class, new RouteParameters("number", ticket.getNumber()));
        AuditTicketView page = _get(AuditTicketView.class);
        List<AuditEntry> all = page.shownEntries();
        assertThat(all).extracting(AuditEntry::type).contains("CREATED", "MESSAGE_IN", "DECISION", "TASK_ASSIGNMENT",
                "RESOLVED", "ACTIVITY_STARTED");
        assertThat(GridKt._getFormattedRow(page.timeline, 0)).contains("Ticket", "Ticket created");

        _setValue(page.sources, Set.of(AuditEntry.Source.DECISION));
        // triage, the SLA policy, and the assistant's decision to hand the upset customer to a person
        assertThat(page.shownEntries()).hasSize(3).allMatch(e -> e.source() == AuditEntry.Source.DECISION);

        assertThat(page.process.getListDataView().getItems().toList()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.process.getValue().processKey()).isEqualTo("ticket-lifecycle");
        assertThat(page.process.getValue().current()).contains("Gateway_ReopenWindow");
        assertThat(page.diagram.getXml()).contains("ticket-lifecycle");
        assertThat(page.pdf.getHref()).isNotBlank();
    }

    @Test
    void auditorHasNoWayToWork() {
        login("anna");
        assertThatThrownBy(() -> UI.getCurrent().navigate(InboxView.class)).isInstanceOf(MockAccessDeniedException.class);
        login("luca");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class)).isInstanceOf(MockAccessDeniedException.class);
    }
}
