package io.sportello.ui.shell;

import io.sportello.ui.desk.inbox.InboxView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.analytics.DeskSnapshot;
import io.sportello.analytics.SupervisorDashboard;
import io.sportello.desk.TicketDesk;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.sportello.ui.analytics.DashboardView;
import io.sportello.ui.audit.AuditTicketView;
import io.sportello.ui.audit.AuditView;
import io.sportello.ui.studio.StudioView;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessStudio;
import io.sportello.workflow.WorkItem;
import io.sportello.workflow.WorkItemScope;
import io.sportello.workflow.WorkItems;
import io.sportello.workflow.Worker;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where everybody starts: for each of the person's roles, what needs them now and the way to it — an agent's tasks
 * and SLA risk, a supervisor's desk at a glance, a process owner's models, an auditor's ticket search.
 */
@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** Tasks due within this are "at risk" on the agent's home. */
    static final Duration AT_RISK = SupervisorDashboard.HORIZON;
    private static final int NEXT_TASKS = 5;
    private static final int AT_RISK_SCAN = 200;

    private final Clock clock;
    private final java.time.ZoneId zone;

    public HomeView(CurrentUser currentUser, WorkItems workItems, io.sportello.desk.Inbox inbox, SupervisorDashboard dashboard, ProcessStudio studio,
                    Clock clock, DeskZone zone) {
        this.clock = clock;
        this.zone = zone.get();
        SportelloUser me = currentUser.require();
        add(new H2(getTranslation("home.welcome", me.getDisplayName())));
        add(new Paragraph(getTranslation("home.roles", me.getRoles().stream()
                .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining(", ")))));
        if (me.hasRole(Role.AGENT) || me.hasRole(Role.SUPERVISOR)) {
            add(agentSection(TicketDesk.worker(me), workItems, inbox));
        }
        if (me.hasRole(Role.SUPERVISOR) || me.hasRole(Role.ADMIN)) {
            add(supervisorSection(dashboard.snapshot()));
        }
        if (me.hasRole(Role.PROCESS_OWNER) || me.hasRole(Role.ADMIN)) {
            add(processOwnerSection(studio.versions()));
        }
        if (me.hasRole(Role.AUDITOR) || me.hasRole(Role.ADMIN)) {
            add(auditorSection());
        }
    }

    private Component agentSection(Worker worker, WorkItems workItems, io.sportello.desk.Inbox inbox) {
        Instant soon = clock.instant().plus(AT_RISK);
        // the lists come soonest deadline first: the tasks due within the hour are at their head
        List<WorkItem> mine = workItems.list(worker, WorkItemScope.MINE, 0, AT_RISK_SCAN);
        List<WorkItem> unclaimed = workItems.list(worker, WorkItemScope.MY_GROUPS, 0, AT_RISK_SCAN);
        long atRisk = java.util.stream.Stream.concat(mine.stream(), unclaimed.stream())
                .filter(w -> w.dueAt() != null && w.dueAt().isBefore(soon)).count();
        Div next = new Div();
        next.setId("next-tasks");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        inbox.page(worker, WorkItemScope.MINE, io.sportello.desk.InboxFilter.none(), 0, NEXT_TASKS).forEach(row -> {
            WorkItem w = row.item();
            Anchor link = new Anchor("ticket/" + row.number(), row.number() + " · " + row.subject());
            Div line = new Div(link);
            if (w.dueAt() != null) {
                Span due = new Span(" · " + getTranslation("home.due", when.format(w.dueAt())));
                if (w.dueAt().isBefore(soon)) {
                    due.addClassNames(LumoUtility.TextColor.ERROR);
                }
                line.add(due);
            }
            next.add(line);
        });
        if (next.getChildren().findAny().isEmpty()) {
            next.add(new Paragraph(getTranslation("home.noTasks")));
        }
        Button openInbox = new Button(getTranslation("home.openInbox"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(InboxView.class)));
        openInbox.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openInbox.setId("home-open-inbox");
        return section(getTranslation("home.section.work"),
                new HorizontalLayout(figure("my-work", getTranslation("home.myWork"), workItems.count(worker, WorkItemScope.MINE)),
                        figure("team-queue", getTranslation("home.teamQueue"), workItems.count(worker, WorkItemScope.MY_GROUPS)),
                        figure("at-risk", getTranslation("home.atRisk"), atRisk)),
                next, openInbox);
    }

    private Component supervisorSection(DeskSnapshot desk) {
        long open = desk.open().stream().mapToLong(DeskSnapshot.OpenCount::tickets).sum();
        Button dashboardButton = new Button(getTranslation("home.openDashboard"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(DashboardView.class)));
        dashboardButton.setId("home-open-dashboard");
        return section(getTranslation("home.section.desk"),
                new HorizontalLayout(figure("open-tickets", getTranslation("home.openTickets"), open),
                        figure("breaching-soon", getTranslation("home.breachingSoon"), desk.breachingSoonTotal()),
                        figure("breached", getTranslation("home.breached"), desk.breachedTotal()),
                        figure("chats-waiting", getTranslation("home.chatsWaiting"), desk.chatsWaiting())),
                dashboardButton);
    }

    private Component processOwnerSection(List<ModelVersion> versions) {
        Div models = new Div();
        models.setId("home-models");
        versions.stream().filter(ModelVersion::latest).forEach(v -> models.add(new Paragraph(
                getTranslation("home.model", v.name() != null ? v.name() : v.key(), v.version(), v.running()))));
        Button studio = new Button(getTranslation("home.openStudio"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(StudioView.class)));
        studio.setId("home-open-studio");
        return section(getTranslation("home.section.models"), models, studio);
    }

    private Component auditorSection() {
        TextField number = new TextField();
        number.setPlaceholder(getTranslation("home.ticketNumber"));
        number.setId("home-audit-number");
        Button open = new Button(getTranslation("home.openAudit"), e -> {
            String n = number.getValue().strip().toUpperCase(java.util.Locale.ROOT);
            e.getSource().getUI().ifPresent(ui -> {
                if (n.isEmpty()) {
                    ui.navigate(AuditView.class);
                } else {
                    ui.navigate(AuditTicketView.class, new RouteParameters("number", n));
                }
            });
        });
        open.setId("home-open-audit");
        number.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> open.click());
        return section(getTranslation("home.section.audit"), new HorizontalLayout(number, open));
    }

    private static Component section(String title, Component... content) {
        VerticalLayout s = new VerticalLayout(new H3(title));
        s.add(content);
        s.setPadding(false);
        s.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        return s;
    }

    private static Div figure(String id, String label, long value) {
        Span number = new Span(Long.toString(value));
        number.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        number.setId(id);
        Div box = new Div(number, new Paragraph(label));
        box.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
