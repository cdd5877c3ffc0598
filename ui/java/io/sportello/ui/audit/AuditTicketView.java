package io.sportello.ui.audit;

import io.sportello.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.sportello.audit.AuditEntry;
import io.sportello.audit.AuditTrail;
import io.sportello.audit.EvidenceExport;
import io.sportello.customer.Customer;
import io.sportello.security.CurrentUser;
import io.sportello.ticket.Ticket;
import io.sportello.ui.component.BpmnDiagram;
import io.sportello.ui.component.Downloads;
import io.sportello.workflow.ProcessPath;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * One ticket as an auditor sees it: its facts, one timeline merging everything that happened (ticket history,
 * SLA clock, messages, process activities, assignments, decisions, variables, operations, migrations), and the
 * diagram of each process version it ran under with the path taken and where it waits now. Read-only; exports.
 */
@Route("audit/ticket/:number")
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditTicketView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditTrail trail;
    private final EvidenceExport export;
    private final CurrentUser currentUser;
    final Grid<AuditEntry> timeline = new Grid<>();
    final MultiSelectComboBox<AuditEntry.Source> sources = new MultiSelectComboBox<>();
    final Select<ProcessPath> process = new Select<>();
    final BpmnDiagram diagram = new BpmnDiagram();
    final Anchor csv = new Anchor();
    final Anchor pdf = new Anchor();
    private final H2 title = new H2();
    private final FlexLayout facts = new FlexLayout();
    private List<AuditEntry> entries = List.of();
    private String number;
    private final DateTimeFormatter when;

    public AuditTicketView(AuditTrail trail, EvidenceExport export, CurrentUser currentUser) {
        this.trail = trail;
        this.export = export;
        this.currentUser = currentUser;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(trail.zone());
        setSizeFull();
        Button back = new Button(getTranslation("audit.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AuditView.class)));
        csv.setText(getTranslation("audit.export.csv"));
        csv.setId("ticket-export-csv");
        pdf.setText(getTranslation("audit.export.pdf"));
        pdf.setId("ticket-export-pdf");
        HorizontalLayout header = new HorizontalLayout(back, title, csv, pdf);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("audit-facts");
        facts.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.Gap.LARGE, com.vaadin.flow.theme.lumo.LumoUtility.FontSize.SMALL);

        sources.setLabel(getTranslation("audit.filter.sources"));
        sources.setItems(EnumSet.allOf(AuditEntry.Source.class));
        sources.setItemLabelGenerator(s -> getTranslation("audit.source." + s.name()));
        sources.addValueChangeListener(e -> filter());
        sources.setWidth("32em");
        timeline.setId("audit-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.addColumn(e -> format(e.at())).setHeader(getTranslation("audit.col.when")).setAutoWidth(true)
                .setFlexGrow(0);
        timeline.addColumn(e -> getTranslation("audit.source." + e.source().name())).setHeader(getTranslation("audit.col.source"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> getTranslation("audit.type." + e.type())).setHeader(getTranslation("audit.col.what"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> e.element() == null ? "" : e.element()).setHeader(getTranslation("audit.col.where"))
                .setFlexGrow(1);
        timeline.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("audit.col.who"))
                .setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.col.detail"))
                .setFlexGrow(3);
        VerticalLayout timelineTab = new VerticalLayout(sources, timeline);
        timelineTab.setPadding(false);
        timelineTab.setSizeFull();
        timelineTab.expand(timeline);

        process.setLabel(getTranslation("audit.diagram.process"));
        process.setId("audit-process");
        process.setWidth("26em");
        process.setItemLabelGenerator(p -> getTranslation("audit.diagram.item", p.processName() != null ? p.processName()
                : p.processKey(), p.version(), getTranslation(p.ended() ? "audit.diagram.ended" : "audit.diagram.running")));
        process.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                diagram.view(e.getValue().xml(), e.getValue().done(), e.getValue().current());
            }
        });
        Span legend = new Span(getTranslation("audit.diagram.legend"));
        legend.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.FontSize.SMALL, com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SECONDARY);
        diagram.setHeight("520px");
        VerticalLayout diagramTab = new VerticalLayout(new HorizontalLayout(process, legend) {{
            setAlignItems(Alignment.END);
        }}, diagram);
        diagramTab.setPadding(false);
        diagramTab.setSizeFull();

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("audit.tab.timeline"), timelineTab);
        tabs.add(getTranslation("audit.tab.diagram"), diagramTab);
        tabs.setId("audit-tabs");
        add(header, facts, tabs);
        expand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        Ticket ticket;
        try {
            ticket = trail.ticket(number);
        } catch (io.sportello.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("audit.notFound", number));
            return;
        }
        title.setText(getTranslation("audit.ticket.title", ticket.getNumber(), ticket.getSubject()));
        Customer customer = trail.customerOf(ticket);
        facts.removeAll();
        fact("audit.fact.customer", customer == null ? "-" : customer.getDisplayName()
                + (customer.getEmail() != null ? " <" + customer.getEmail() + ">" : ""));
        fact("audit.fact.channel", getTranslation("channel." + ticket.getChannel().name()));
        fact("audit.fact.category", getTranslation("category." + ticket.getCategory().name()));
        fact("audit.fact.priority", String.valueOf(ticket.getPriority()));
        fact("audit.fact.tier", String.valueOf(ticket.getTier()));
        fact("audit.fact.status", getTranslation("status." + ticket.getStatus().name()));
        fact("audit.fact.created", format(ticket.getCreatedAt()));
        fact("audit.fact.firstResponse", format(ticket.getFirstResponseAt()) + " / " + getTranslation("audit.fact.due")
                + " " + format(ticket.getFirstResponseDue()));
        fact("audit.fact.resolved", format(ticket.getResolvedAt()) + " / " + getTranslation("audit.fact.due") + " "
                + format(ticket.getResolutionDue()));
        fact("audit.fact.slaBreached", getTranslation(ticket.isSlaBreached() ? "audit.yes" : "audit.no"));
        entries = trail.timeline(number, getLocale());
        filter();
        List<ProcessPath> paths = trail.paths(number);
        process.setItems(paths);
        paths.stream().filter(p -> !p.ended()).reduce((a, b) -> b).or(() -> paths.stream().findFirst())
                .ifPresent(process::setValue);
        Locale locale = getLocale();
        String ticketNumber = number;
        Downloads.offer(csv, ticketNumber + "-evidence.csv", "text/csv", () -> export.csv(List.of(ticketNumber), locale));
        Downloads.offer(pdf, ticketNumber + "-evidence.pdf", "application/pdf",
                () -> export.pdf(List.of(ticketNumber), locale, currentUser.require().getUsername()));
        if (paths.isEmpty()) {
            add(new Paragraph(getTranslation("audit.diagram.none")));
        }
    }

    private void fact(String key, String value) {
        Div fact = new Div();
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SECONDARY);
        fact.add(label, new Span(value));
        facts.add(fact);
    }

    private void filter() {
        timeline.setItems(sources.getValue().isEmpty() ? entries
                : entries.stream().filter(e -> sources.getValue().contains(e.source())).toList());
    }

    List<AuditEntry> shownEntries() {
        return timeline.getGenericDataView().getItems().toList();
    }

    private String format(Instant at) {
        return at == null ? "–" : when.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.ticket.pageTitle", number == null ? "" : number);
    }
}
