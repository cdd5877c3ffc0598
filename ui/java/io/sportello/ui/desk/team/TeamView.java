package io.sportello.ui.desk.team;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.sportello.desk.TicketDesk;
import io.sportello.sla.BusinessCalendars;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.ticket.TicketService;
import io.sportello.workflow.WorkItemConflictException;
import io.sportello.workflow.WorkItemForbiddenException;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Supervisors: each agent's open work and today's resolved tickets, and reassigning a claimed ticket. */
@Route("team")
@Menu(title = "menu.team", order = 2)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    record AgentLine(UserAccount agent, long open, long resolvedToday) {
    }

    final Grid<AgentLine> agents = new Grid<>();
    private final UserAccountService users;
    private final WorkItems workItems;
    private final TicketService tickets;
    private final Clock clock;
    private final ZoneId zone;

    public TeamView(UserAccountService users, WorkItems workItems, TicketService tickets, Clock clock,
                    BusinessCalendars calendars) {
        this.users = users;
        this.workItems = workItems;
        this.tickets = tickets;
        this.clock = clock;
        this.zone = calendars.standard().zone();
        agents.setId("team-grid");
        agents.addColumn(l -> l.agent().getDisplayName() + " (" + l.agent().getUsername() + ")").setHeader(getTranslation("team.col.agent"))
                .setKey("agent");
        agents.addColumn(l -> String.join(", ", l.agent().getGroups())).setHeader(getTranslation("team.col.groups"));
        agents.addColumn(AgentLine::open).setHeader(getTranslation("team.col.open")).setKey("open");
        agents.addColumn(AgentLine::resolvedToday).setHeader(getTranslation("team.col.handledToday")).setKey("resolvedToday");
        add(new H2(getTranslation("team.title")), agents);
        refresh();
    }

    void refresh() {
        Map<String, Long> open = workItems.claimedPerAssignee();
        Map<String, Long> resolved = tickets.resolvedPerAgentSince(
                LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant());
        agents.setItems(users.all().stream().filter(u -> u.getRoles().contains(Role.AGENT) || u.getRoles().contains(Role.SUPERVISOR))
                .map(u -> new AgentLine(u, open.getOrDefault(u.getUsername(), 0L), resolved.getOrDefault(u.getUsername(), 0L)))
                .toList());
    }

    /** Opens the reassign dialog for a task (used from the supervisor's inbox). */
    public static void reassign(String taskId, String ticketNumber, Worker supervisor, UserAccountService users, WorkItems workItems,
                         Runnable after) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("team.reassign") + " " + ticketNumber);
        ComboBox<UserAccount> to = new ComboBox<>(dialog.getTranslation("team.reassign.to"));
        List<UserAccount> candidates = users.all().stream().filter(u -> u.getRoles().contains(Role.AGENT)).toList();
        to.setItems(candidates);
        to.setItemLabelGenerator(u -> u.getDisplayName() + " (" + String.join(", ", u.getGroups()) + ")");
        to.setId("reassign-to");
        Button confirm = new Button(dialog.getTranslation("team.reassign"), e -> {
            if (to.getValue() == null) {
                return;
            }
            SportelloUser target = users.get(to.getValue().getUsername());
            try {
                workItems.handOver(taskId, supervisor, TicketDesk.worker(target));
                Notification.show(dialog.getTranslation("team.reassigned", ticketNumber, target.getDisplayName()));
                dialog.close();
                after.run();
            } catch (WorkItemConflictException | WorkItemForbiddenException ex) {
                Notification.show(dialog.getTranslation("error.notInGroup")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("reassign-confirm");
        dialog.add(to);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }

}
