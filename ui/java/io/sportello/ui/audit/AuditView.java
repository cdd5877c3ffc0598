package io.sportello.ui.audit;

import io.sportello.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.sportello.audit.AuditQuery;
import io.sportello.audit.AuditTrail;
import io.sportello.audit.EvidenceExport;
import io.sportello.security.CurrentUser;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ui.component.Downloads;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Ticket search for auditors, with evidence exports of what the search finds. Nothing here changes anything. */
@Route("audit")
@Menu(title = "menu.audit", order = 7)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    enum Breach { ANY, YES, NO }

    private final AuditTrail trail;
    final TextField number = new TextField();
    final TextField customer = new TextField();
    final TextField agent = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ResolutionCode> outcomes = new MultiSelectComboBox<>();
    final Select<Breach> breached = new Select<>();
    final Grid<Ticket> grid = new Grid<>();
    final Anchor csv = new Anchor();
    final Anchor pdf = new Anchor();

    public AuditView(AuditTrail trail, EvidenceExport export, CurrentUser currentUser) {
        this.trail = trail;
        setSizeFull();
        H2 title = new H2(getTranslation("audit.title"));
        number.setLabel(getTranslation("audit.filter.number"));
        number.setId("audit-number");
        customer.setLabel(getTranslation("audit.filter.customer"));
        customer.setId("audit-customer");
        agent.setLabel(getTranslation("audit.filter.agent"));
        agent.setId("audit-agent");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        categories.setLabel(getTranslation("audit.filter.category"));
        categories.setItems(EnumSet.allOf(Category.class));
        categories.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        outcomes.setLabel(getTranslation("audit.filter.outcome"));
        outcomes.setItems(EnumSet.allOf(ResolutionCode.class));
        outcomes.setItemLabelGenerator(c -> getTranslation("resolution." + c.name()));
        breached.setLabel(getTranslation("audit.filter.breached"));
        breached.setItems(Breach.values());
        breached.setItemLabelGenerator(b -> getTranslation("audit.breach." + b.name()));
        breached.setValue(Breach.ANY);
        breached.setId("audit-breached");
        for (var field : java.util.List.of(number, customer, agent)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        categories.addValueChangeListener(e -> refresh());
        outcomes.addValueChangeListener(e -> refresh());
        breached.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(number, customer, agent, from, to, categories, outcomes, breached);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Gap.SMALL);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(trail.zone());
        grid.setId("audit-grid");
        grid.addColumn(Ticket::getNumber).setHeader(getTranslation("audit.col.ticket")).setAutoWidth(true).setFlexGrow(0)
                .setSortProperty("number");
        grid.addColumn(t -> when.format(t.getCreatedAt())).setHeader(getTranslation("audit.fact.created"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty("createdAt");
        grid.addColumn(Ticket::getSubject).setHeader(getTranslation("audit.col.subject")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("category." + t.getCategory().name())).setHeader(getTranslation("audit.fact.category"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("status." + t.getStatus().name())).setHeader(getTranslation("audit.fact.status"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.getAssignee() == null ? "" : t.getAssignee()).setHeader(getTranslation("audit.fact.assignee"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.getResolutionCode() == null ? "" : getTranslation("resolution." + t.getResolutionCode().name()))
                .setHeader(getTranslation("audit.fact.outcome")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.isSlaBreached() ? "audit.yes" : "audit.no"))
                .setHeader(getTranslation("audit.fact.slaBreached")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().getNumber()));
        grid.setItems(q -> {
            Sort sort = q.getSortOrders().isEmpty() ? Sort.by(Sort.Direction.DESC, "createdAt")
                    : Sort.by(q.getSortOrders().stream().map(o -> new Sort.Order(o.getDirection() == SortDirection.ASCENDING
                    ? Sort.Direction.ASC : Sort.Direction.DESC, o.getSorted())).toList());
            return trail.search(query(), PageRequest.of(q.getPage(), q.getPageSize(), sort)).stream();
        });

        csv.setText(getTranslation("audit.export.csv"));
        csv.setId("audit-export-csv");
        pdf.setText(getTranslation("audit.export.pdf"));
        pdf.setId("audit-export-pdf");
        Locale locale = getLocale();
        Downloads.offer(csv, "evidence.csv", "text/csv", () -> export.csv(export.numbers(query()), locale));
        Downloads.offer(pdf, "evidence.pdf", "application/pdf",
                () -> export.pdf(export.numbers(query()), locale, currentUser.require().getUsername()));
        Button clear = new Button(getTranslation("audit.filter.clear"), VaadinIcon.CLOSE_SMALL.create(), e -> {
            number.clear();
            customer.clear();
            agent.clear();
            from.clear();
            to.clear();
            categories.clear();
            outcomes.clear();
            breached.setValue(Breach.ANY);
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout exports = new HorizontalLayout(clear, csv, pdf);
        exports.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout header = new HorizontalLayout(title, exports);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        add(header, filters, grid);
        expand(grid);
    }

    AuditQuery query() {
        return new AuditQuery(blank(number.getValue()), blank(customer.getValue()), blank(agent.getValue()),
                from.getValue(), to.getValue(), categories.getValue().isEmpty() ? null : categories.getValue(),
                outcomes.getValue().isEmpty() ? null : outcomes.getValue(),
                breached.getValue() == Breach.ANY ? null : breached.getValue() == Breach.YES);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(String ticketNumber) {
        getUI().ifPresent(ui -> ui.navigate(AuditTicketView.class, new RouteParameters("number", ticketNumber)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
