package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.commerce.OrderDetails;
import io.sportello.commerce.OrderHistory;
import io.sportello.commerce.OrderLine;
import io.sportello.commerce.OrderPayment;
import io.sportello.commerce.OrderSummary;
import io.sportello.commerce.ShipmentEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One order of the customer beside the ticket: status and total in the summary; opened, its lines (refunded ones
 * marked), payments and refunds, each parcel's timeline with carrier, place and time, the order's history (what the
 * shop and carriers reported, what the desk decided and told the customer) and the link to it in the shop's admin.
 */
class OrderPanel extends Details {

    /** Renders a history entry: the bundle key and its arguments in the reader's language. */
    interface HistoryRenderer extends BiFunction<String, List<String>, String> {
    }

    OrderPanel(OrderSummary o, OrderDetails d, boolean ticketsOrder, Function<Instant, String> format,
               HistoryRenderer history, Locale locale) {
        setId("order-" + o.orderNumber().replaceAll("[^A-Za-z0-9_-]", ""));
        Span summary = new Span(o.orderNumber() + " · " + getTranslation("order.status." + o.status()) + " · "
                + Money.format(o.total(), o.currency(), locale));
        if (ticketsOrder) {
            summary.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        }
        setSummary(summary);
        setOpened(ticketsOrder);
        addClassName(LumoUtility.Margin.Bottom.SMALL);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        if (d == null) {
            add(new Paragraph(getTranslation("order.placed", format.apply(o.placedAt()))));
            return;
        }
        Div body = new Div();
        body.addClassNames(LumoUtility.FontSize.SMALL);
        String channel = d.order().getSalesChannel();
        body.add(new Paragraph(getTranslation("order.placed", format.apply(d.order().getPlacedAt()))
                + (channel == null ? "" : " · " + getTranslation("order.channel", channel))
                + (d.order().getPaymentStatus() == null ? "" : " · " + getTranslation("payment.status." + d.order().getPaymentStatus()))));

        UnorderedList lines = new UnorderedList();
        lines.setId("order-lines");
        for (OrderLine l : d.lines()) {
            ListItem item = new ListItem(l.getQuantity() + " × " + l.getProduct()
                    + (l.getUnitPrice() == null ? "" : " · " + Money.format(l.getUnitPrice(), d.order().getCurrency(), locale)));
            if (l.getRefundedQuantity() > 0) {
                item.add(new Span(" · " + getTranslation("order.line.refunded", l.getRefundedQuantity())));
                item.addClassName(LumoUtility.TextColor.SECONDARY);
            }
            lines.add(item);
        }
        if (!d.lines().isEmpty()) {
            body.add(new H4(getTranslation("order.lines")), lines);
        }
        body.add(new Paragraph(totals(d, locale)));

        if (!d.payments().isEmpty()) {
            UnorderedList money = new UnorderedList();
            money.setId("order-payments");
            for (OrderPayment p : d.payments()) {
                money.add(new ListItem(getTranslation("order.payment." + p.getKind(),
                        Money.format(p.getAmount(), d.order().getCurrency(), locale),
                        p.getHappenedAt() == null ? "" : format.apply(p.getHappenedAt()),
                        p.getKind() == OrderPayment.Kind.REFUND ? nullToEmpty(p.getReason()) : nullToEmpty(p.getMethod()))));
            }
            body.add(new H4(getTranslation("order.payments")), money);
        }
        if (d.order().getShippingAddress() != null) {
            body.add(new Paragraph(getTranslation("order.shipTo", d.order().getShippingAddress())));
        }

        for (OrderDetails.Parcel p : d.parcels()) {
            Div parcel = new Div();
            parcel.setId("parcel-" + p.shipment().getTrackingCode());
            String heading = (p.shipment().getCarrier() == null ? "" : p.shipment().getCarrier() + " ")
                    + p.shipment().getTrackingCode() + " · " + getTranslation("shipment.status." + p.shipment().getStatus());
            parcel.add(new H4(heading));
            if (p.shipment().getExpectedDelivery() != null && p.shipment().getDeliveredAt() == null) {
                parcel.add(new Paragraph(getTranslation("ticket.side.expected", date.format(p.shipment().getExpectedDelivery()))));
            }
            if (p.trackingUrl() != null) {
                Anchor tracking = new Anchor(p.trackingUrl(), getTranslation("ticket.side.tracking"));
                tracking.setTarget("_blank");
                tracking.getElement().setAttribute("rel", "noopener noreferrer");
                parcel.add(tracking);
            }
            OrderedList timeline = new OrderedList();
            timeline.addClassName("parcel-timeline");
            for (ShipmentEvent e : newestFirst(p.events())) {
                timeline.add(new ListItem(format.apply(e.getOccurredAt()) + " · " + getTranslation("shipment.status." + e.getStatus())
                        + (e.getPlace() == null ? "" : " · " + e.getPlace())
                        + (e.getDescription() == null ? "" : " — " + e.getDescription())));
            }
            parcel.add(timeline);
            body.add(parcel);
        }

        if (!d.history().isEmpty()) {
            OrderedList entries = new OrderedList();
            entries.setId("order-history");
            for (OrderHistory h : newestFirst(d.history())) {
                entries.add(new ListItem(format.apply(h.getHappenedAt()) + " · "
                        + history.apply("order.history." + h.getType(), h.getArguments())));
            }
            body.add(new H4(getTranslation("order.history")), entries);
        }
        if (d.adminUrl() != null) {
            Anchor admin = new Anchor(d.adminUrl(), getTranslation("order.admin", d.shopName() == null ? "" : d.shopName()));
            admin.setId("order-admin-link");
            admin.setTarget("_blank");
            admin.getElement().setAttribute("rel", "noopener noreferrer");
            body.add(admin);
        }
        add(body);
    }

    private String totals(OrderDetails d, Locale locale) {
        String c = d.order().getCurrency();
        StringBuilder b = new StringBuilder();
        if (d.order().getShippingTotal() != null) {
            b.append(getTranslation("order.shipping", Money.format(d.order().getShippingTotal(), c, locale))).append(" · ");
        }
        if (d.order().getTaxTotal() != null) {
            b.append(getTranslation("order.tax", Money.format(d.order().getTaxTotal(), c, locale))).append(" · ");
        }
        b.append(getTranslation("order.total", Money.format(d.order().getTotal(), c, locale)));
        BigDecimal refunded = d.order().getRefundedTotal();
        if (refunded != null && refunded.signum() > 0) {
            b.append(" · ").append(getTranslation("order.refunded", Money.format(refunded, c, locale)));
        }
        return b.toString();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
