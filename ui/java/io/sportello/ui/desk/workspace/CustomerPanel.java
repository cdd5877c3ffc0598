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
 * The customer beside the ticket: value, identities on every channel, their other tickets, their orders and parcels
 * (the ticket's own order stands out), and for supervisors the merge of duplicate customers and its undo.
 */
class CustomerPanel extends VerticalLayout {

    CustomerPanel() {
        setId("side-panel");
        addClassName(LumoUtility.Overflow.AUTO);
    }

    void show(Ticket ticket, WorkspaceReads.CustomerSide side, Function<Instant, String> format) {
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

        Div orders = new Div();
        orders.setId("orders");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (OrderSummary o : side.orders()) {
            Div order = new Div(new Span(o.orderNumber() + " · " + getTranslation("order.status." + o.status())
                    + " · " + money(o.total(), o.currency())));
            if (o.isShipped()) {
                Span shipment = new Span(o.carrier() + " " + o.trackingCode() + " · "
                        + getTranslation("shipment.status." + o.shipmentStatus())
                        + (o.expectedDelivery() != null && o.deliveredAt() == null
                        ? " · " + getTranslation("ticket.side.expected", date.format(o.expectedDelivery())) : ""));
                order.add(new Paragraph(shipment));
                if (o.trackingUrl() != null) {
                    Anchor tracking = new Anchor(o.trackingUrl(), getTranslation("ticket.side.tracking"));
                    tracking.setTarget("_blank");
                    tracking.getElement().setAttribute("rel", "noopener noreferrer");
                    order.add(tracking);
                }
            }
            order.addClassName(LumoUtility.Margin.Bottom.MEDIUM);
            if (o.orderNumber().equalsIgnoreCase(String.valueOf(ticket.getOrderNumber()))) {
                order.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            }
            orders.add(order);
        }
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

    // an amount as the reader writes it: €123.45 in English, 123,45 € in Italian
    private String money(java.math.BigDecimal amount, String currency) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(getLocale().getCountry().isEmpty()
                ? Locale.forLanguageTag(getLocale().getLanguage() + ("it".equals(getLocale().getLanguage()) ? "-IT" : "-IE"))
                : getLocale());
        try {
            format.setCurrency(java.util.Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return amount + (currency == null ? "" : " " + currency);
        }
        return format.format(amount);
    }

    Registration onMerge(ComponentEventListener<MergeRequested> listener) {
        return addListener(MergeRequested.class, listener);
    }

    Registration onUndoMerge(ComponentEventListener<UndoMergeRequested> listener) {
        return addListener(UndoMergeRequested.class, listener);
    }
}
