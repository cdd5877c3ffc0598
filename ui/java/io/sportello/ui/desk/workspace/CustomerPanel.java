package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.commerce.OrderSummary;
import io.sportello.ticket.Ticket;
import io.sportello.ui.desk.workspace.WorkspaceEvents.MergeRequested;
import io.sportello.ui.desk.workspace.WorkspaceEvents.UndoMergeRequested;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

/**
 * The customer beside the ticket: value, identities on every channel, their other tickets, their commerce life in
 * figures and their orders with lines, money, parcels and history (the ticket's own order open), and for supervisors
 * the merge of duplicate customers and its undo.
 */
class CustomerPanel extends VerticalLayout {

    CustomerPanel() {
        setId("side-panel");
        addClassName(LumoUtility.Overflow.AUTO);
    }

    void show(Ticket ticket, WorkspaceReads.CustomerSide side, Function<Instant, String> format,
              OrderPanel.HistoryRenderer history) {
        removeAll();
        add(new H3(side.customer().getDisplayName()));
        Button merge = new Button(getTranslation("merge.open"), e -> fireEvent(new MergeRequested(this)));
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        merge.setId("action-merge");
        merge.setVisible(side.mayMerge());
        add(merge);
        // merges into this customer that still stand: each can be undone (both people are told by e-mail)
        side.merges().forEach(m -> add(mergeLine(m, format)));
        add(new Span(getTranslation("customer.value." + side.customer().getValue())));

        Div identities = new Div();
        identities.setId("identities");
        side.identities().forEach(i -> identities.add(new Paragraph(getTranslation("channel." + i.getChannel()) + ": "
                + i.getHandle())));
        add(new H3(getTranslation("ticket.side.identities")), identities);

        Div earlier = new Div();
        earlier.setId("earlier-tickets");
        side.earlier().forEach(t -> earlier.add(new Paragraph(new Anchor("ticket/" + t.getNumber(), t.getNumber()),
                new Span(" " + t.getSubject() + " · " + getTranslation("status." + t.getStatus())))));
        add(new H3(getTranslation("ticket.side.earlier")), earlier);

        Div figures = new Div();
        figures.setId("customer-figures");
        figures.addClassName(LumoUtility.FontSize.SMALL);
        io.sportello.commerce.CustomerFigures f = side.figures();
        if (f != null && f.orders() > 0) {
            figures.add(new Paragraph(getTranslation("customer.figures.orders", f.orders())
                    + (f.daysBetweenOrders() == null ? "" : " · " + getTranslation("customer.figures.every",
                    Math.round(f.daysBetweenOrders())))));
            figures.add(new Paragraph(getTranslation("customer.figures.basket", Money.format(f.averageBasket(), f.currency(), getLocale()))
                    + " · " + getTranslation("customer.figures.value", Money.format(f.lifetimeValue(), f.currency(), getLocale()))));
            figures.add(new Paragraph(getTranslation("customer.figures.last", format.apply(f.lastOrderAt()))));
        }
        Div orders = new Div();
        orders.setId("orders");
        for (OrderSummary o : side.orders()) {
            orders.add(new OrderPanel(o, side.details().get(o.orderNumber()),
                    o.orderNumber().equalsIgnoreCase(String.valueOf(ticket.getOrderNumber())), format, history, getLocale()));
        }
        add(new H3(getTranslation("ticket.side.commerce")), figures);
        add(new H3(getTranslation("ticket.side.orders")), orders);
    }

    private Div mergeLine(WorkspaceReads.StandingMerge standing, Function<Instant, String> format) {
        var m = standing.merge();
        Div line = new Div();
        line.setId("merge-" + m.getId());
        line.addClassName(LumoUtility.FontSize.SMALL);
        line.add(new Span(getTranslation("merge.standing", standing.sourceName(), format.apply(m.getMergedAt()),
                m.getMergedBy())));
        Button undo = new Button(getTranslation("merge.undo"),
                e -> fireEvent(new UndoMergeRequested(this, m.getId())));
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        undo.setId("undo-merge-" + m.getId());
        line.add(undo);
        return line;
    }

    Registration onMerge(ComponentEventListener<MergeRequested> listener) {
        return addListener(MergeRequested.class, listener);
    }

    Registration onUndoMerge(ComponentEventListener<UndoMergeRequested> listener) {
        return addListener(UndoMergeRequested.class, listener);
    }
}
