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

/**
 * Supervisors: each agent's status, open work and today's resolved tickets, the depth of each queue (tier and skill),
 * and moving a ticket to somebody — pinned, it stays with them even while they are away.
 */
@Route("team")
@Menu(title = "menu.team", order = 2)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    record AgentLine(UserAccount agent, long open, long resolvedToday, io.sportello.routing.AgentStatus status) {
    }

    final Grid<AgentLine> agents = new Grid<>();
    final Grid<TicketService.QueueDepth> queues = new Grid<>();
    private final io.sportello.routing.AgentProfiles profiles;
    private final UserAccountService users;
    private final WorkItems workItems;
    private final TicketService tickets;
    private final Clock clock;
    private final ZoneId zone;

    public TeamView(UserAccountService users, WorkItems workItems, TicketService tickets, Clock clock,
                    BusinessCalendars calendars, io.sportello.routing.AgentProfiles profiles) {
        this.profiles = profiles;
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
        agents.addColumn(l -> getTranslation("agent.status." + l.status().name())).setHeader(getTranslation("team.col.status"))
                .setKey("status");
        queues.setId("team-queues");
        queues.addColumn(q -> q.tier().name()).setHeader(getTranslation("team.queue.tier")).setAutoWidth(true).setFlexGrow(0);
        queues.addColumn(q -> q.skill() == null ? getTranslation("team.queue.noSkill") : q.skill())
                .setHeader(getTranslation("team.queue.skill"));
        queues.addColumn(TicketService.QueueDepth::waiting).setHeader(getTranslation("team.queue.waiting")).setKey("waiting");
        queues.addColumn(q -> io.sportello.ui.component.SlaBadge.format(java.time.Duration.between(q.oldest(),
                clock.instant()), this::getTranslation)).setHeader(getTranslation("team.queue.oldest"));
        queues.setAllRowsVisible(true);
        add(new H2(getTranslation("team.title")), agents, new com.vaadin.flow.component.html.H3(
                getTranslation("team.queues")), queues);
        refresh();
    }

    void refresh() {
        Map<String, Long> open = workItems.claimedPerAssignee();
        Map<String, io.sportello.routing.AgentStatus> statuses = profiles.statuses();
        queues.setItems(tickets.queueDepths());
        Map<String, Long> resolved = tickets.resolvedPerAgentSince(
                LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant());
        agents.setItems(users.all().stream().filter(u -> u.getRoles().contains(Role.AGENT) || u.getRoles().contains(Role.SUPERVISOR))
                .map(u -> new AgentLine(u, open.getOrDefault(u.getUsername(), 0L), resolved.getOrDefault(u.getUsername(), 0L),
                        statuses.getOrDefault(u.getUsername(), io.sportello.routing.AgentStatus.OFFLINE)))
                .toList());
    }

    /** Opens the reassign dialog for a task (used from the supervisor's inbox). */
    public static void reassign(String taskId, String ticketNumber, Worker supervisor, UserAccountService users,
                                io.sportello.routing.TaskRouter router, Runnable after) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("team.reassign") + " " + ticketNumber);
        ComboBox<UserAccount> to = new ComboBox<>(dialog.getTranslation("team.reassign.to"));
        List<UserAccount> candidates = users.all().stream().filter(u -> u.getRoles().contains(Role.AGENT)).toList();
        to.setItems(candidates);
        to.setItemLabelGenerator(u -> u.getDisplayName() + " (" + String.join(", ", u.getGroups()) + ")");
        to.setId("reassign-to");
        com.vaadin.flow.component.checkbox.Checkbox pin = new com.vaadin.flow.component.checkbox.Checkbox(
                dialog.getTranslation("team.reassign.pin"));
        pin.setId("reassign-pin");
        Button confirm = new Button(dialog.getTranslation("team.reassign"), e -> {
            if (to.getValue() == null) {
                return;
            }
            SportelloUser target = users.get(to.getValue().getUsername());
            try {
                router.move(taskId, supervisor, TicketDesk.worker(target), pin.getValue());
                Notification.show(dialog.getTranslation("team.reassigned", ticketNumber, target.getDisplayName()));
                dialog.close();
                after.run();
            } catch (WorkItemConflictException | WorkItemForbiddenException ex) {
                Notification.show(dialog.getTranslation("error.notInGroup")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId("reassign-confirm");
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(to, pin));
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }

}
