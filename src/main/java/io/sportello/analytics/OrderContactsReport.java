package io.sportello.analytics;

import io.sportello.commerce.CommerceService;
import io.sportello.proactive.Notice;
import io.sportello.proactive.ParcelNotification;
import io.sportello.proactive.ParcelWatchDesk;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.TicketService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much of the desk's work is "where is my order?" and how much the parcel notices save: the WISMO rate (share of
 * the customers' tickets about order status, by channel), contacts per 100 orders placed, the notices sent by kind,
 * and WISMO contacts per 100 shipped orders for the orders whose customer had been told about their parcel before
 * writing and for those whose customer had not. What each figure means is in {@code src/docs/metrics.md}.
 */
@Service
@Transactional(readOnly = true)
public class OrderContactsReport {

    private final TicketService tickets;
    private final CommerceService commerce;
    private final ParcelWatchDesk parcels;
    private final ZoneId zone;

    OrderContactsReport(TicketService tickets, CommerceService commerce, ParcelWatchDesk parcels,
                        @Value("${sportello.sla.zone:Europe/Rome}") ZoneId zone) {
        this.tickets = tickets;
        this.commerce = commerce;
        this.parcels = parcels;
        this.zone = zone;
    }

    /** Contacts and WISMO contacts of one channel. */
    public record ChannelLine(Channel channel, long contacts, long wismo) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public Double wismoRate() {
            return contacts == 0 ? null : 100.0 * wismo / contacts;
        }
    }

    /**
     * The figures of a period.
     *
     * @param savedContacts WISMO contacts the notified orders would have brought at the rate of the others, minus those
     *                      they brought: what the notices saved (never below zero)
     */
    public record Figures(LocalDate from, LocalDate to, long contacts, long wismo, List<ChannelLine> byChannel,
                          long ordersPlaced, Map<Notice, Long> noticesSent, long shippedOrders, long notifiedOrders,
                          long wismoAfterNotice, long wismoWithoutNotice, long savedContacts) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public Double wismoRate() {
            return contacts == 0 ? null : 100.0 * wismo / contacts;
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public Double contactsPer100Orders() {
            return ordersPlaced == 0 ? null : 100.0 * contacts / ordersPlaced;
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public Double wismoPer100Notified() {
            return notifiedOrders == 0 ? null : 100.0 * wismoAfterNotice / notifiedOrders;
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public Double wismoPer100NotNotified() {
            long others = shippedOrders - notifiedOrders;
            return others == 0 ? null : 100.0 * wismoWithoutNotice / others;
        }
    }

    /** The figures from {@code from} to {@code to} (both days included), for one channel or all ({@code null}). */
    public Figures figures(LocalDate from, LocalDate to, Channel channel) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<TicketService.Contact> contacts = tickets.contactsBetween(start, end).stream()
                .filter(c -> channel == null || c.channel() == channel).toList();
        Map<Channel, long[]> perChannel = new EnumMap<>(Channel.class);
        long wismo = 0;
        for (TicketService.Contact c : contacts) {
            long[] line = perChannel.computeIfAbsent(c.channel(), k -> new long[2]);
            line[0]++;
            if (c.category() == Category.ORDER_STATUS) {
                line[1]++;
                wismo++;
            }
        }
        Map<Notice, Long> sent = new EnumMap<>(Notice.class);
        for (ParcelNotification n : parcels.noticesBetween(start, end)) {
            if (n.isSent()) {
                sent.merge(n.getNotice(), 1L, Long::sum);
            }
        }
        List<String> shipped = commerce.ordersShippedBetween(start, end);
        Set<String> shippedSet = new HashSet<>();
        shipped.forEach(o -> shippedSet.add(o.toLowerCase(java.util.Locale.ROOT)));
        Map<String, Instant> toldAt = new java.util.HashMap<>();
        parcels.firstNoticeAt(shipped, end).forEach((k, v) -> toldAt.put(k.toLowerCase(java.util.Locale.ROOT), v));
        long after = 0;
        long without = 0;
        for (TicketService.Contact c : contacts) {
            if (c.category() != Category.ORDER_STATUS || c.orderNumber() == null) {
                continue;
            }
            String order = c.orderNumber().toLowerCase(java.util.Locale.ROOT);
            if (!shippedSet.contains(order)) {
                continue;
            }
            Instant told = toldAt.get(order);
            if (told != null && told.isBefore(c.createdAt())) {
                after++;
            } else if (told == null) {
                without++;
            }
        }
        long notified = toldAt.keySet().stream().filter(shippedSet::contains).count();
        long others = shipped.size() - notified;
        long saved = others == 0 ? 0 : Math.max(0, Math.round(notified * (double) without / others) - after);
        List<ChannelLine> lines = perChannel.entrySet().stream()
                .map(e -> new ChannelLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Figures(from, to, contacts.size(), wismo, lines, commerce.countOrdersPlaced(start, end), sent,
                shipped.size(), notified, after, without, saved);
    }
}
