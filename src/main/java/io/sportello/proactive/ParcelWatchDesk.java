package io.sportello.proactive;

import io.sportello.commerce.CommerceFeed;
import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderDetails;
import io.sportello.commerce.OrderHistoryType;
import io.sportello.commerce.Shipment;
import io.sportello.commerce.ShipmentStatus;
import io.sportello.commerce.ShopOrder;
import io.sportello.customer.Customer;
import io.sportello.customer.CustomerIdentity;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Category;
import io.sportello.ticket.HistoryReason;
import io.sportello.ticket.NewMessage;
import io.sportello.ticket.NewTicket;
import io.sportello.ticket.Sentiment;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out what the parcel watch decides: reads a parcel's state for the decision, tells the customer (once per
 * parcel and notice, in their language, on their channel, not at night, not too often), opens the one proactive
 * ticket a parcel may get, and writes the news on tickets the customer opened about the order. Every decision lands in
 * the order's history (and the ticket's).
 */
@Service
@Transactional
public class ParcelWatchDesk {

    /** The idempotency key of the one ticket the parcel watch may open for a parcel. */
    static final String TICKET_KEY = TicketService.DESK_OPENED;
    private static final Set<Category> ABOUT_THE_PARCEL = EnumSet.of(Category.ORDER_STATUS, Category.SHIPPING,
            Category.OTHER);
    private static final String SOURCE = "parcel-watch";
    private static final int GIVE_UP_DAYS = 30;

    private final CommerceService commerce;
    private final CommerceFeed feed;
    private final CustomerService customers;
    private final TicketService tickets;
    private final ParcelNotificationRepository notices;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;
    private final ProactiveProperties properties;
    private final Clock clock;
    /** Since when the desk tells customers about their parcels (null: always); the shop's switch on top of it. */
    private volatile Instant noticesFrom;

    ParcelWatchDesk(CommerceService commerce, CommerceFeed feed, CustomerService customers, TicketService tickets,
                    ParcelNotificationRepository notices, MessageSource texts, ApplicationEventPublisher events,
                    ProactiveProperties properties, Clock clock) {
        this.commerce = commerce;
        this.feed = feed;
        this.customers = customers;
        this.tickets = tickets;
        this.notices = notices;
        this.texts = texts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.noticesFrom = properties.notificationsSince();
    }

    /** Switches parcel notices on from {@code at} (the demo switches them on for the recent part of its history). */
    public void noticesOnFrom(Instant at) {
        this.noticesFrom = at;
    }

    /** The parcel as the decision sees it now. */
    @Transactional(readOnly = true)
    public ParcelState state(Long shipmentId) {
        Shipment s = shipment(shipmentId);
        ShopOrder order = commerce.order(s.getOrderId()).orElseThrow();
        Instant now = clock.instant();
        LocalDate today = now.atZone(properties.zone()).toLocalDate();
        LocalDate due = due(s);
        // a parcel waiting at a pickup point is the customer's turn, not a delay; a final one is no longer late
        boolean waiting = s.getStatus() == ShipmentStatus.AVAILABLE_FOR_PICKUP;
        int late = s.getStatus() != null && s.getStatus().isFinal() || waiting || due == null || !today.isAfter(due) ? 0
                : (int) ChronoUnit.DAYS.between(due, today);
        Instant lateAt;
        if (due != null && !today.isAfter(due)) {
            lateAt = due.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(properties.zone()).toInstant(); // the morning after it was due
        } else {
            lateAt = today.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(properties.zone()).toInstant(); // checked daily
        }
        boolean customerTicket = !customerTickets(order).isEmpty();
        Instant from = noticesFrom;
        boolean on = commerce.notificationsOn(order.getId()) && (from == null || !now.isBefore(from));
        // nothing from the carrier for 30 days, or a month late: the watch stops (its ticket is with a person by then)
        Instant lastNews = s.getLastEventAt() != null ? s.getLastEventAt() : s.getShippedAt();
        boolean givenUp = late >= GIVE_UP_DAYS || lastNews != null && lastNews.plus(Duration.ofDays(GIVE_UP_DAYS)).isBefore(now);
        return new ParcelState(shipmentId, order.getId(), order.getNumber(), s.getStatus(),
                s.getStatus() != null && s.getStatus().isFinal() || givenUp, late, s.getFailedAttempts(),
                tickets.findByIdempotencyKey(TICKET_KEY + shipmentId).isPresent(), customerTicket, on, lateAt);
    }

    /** The parcel's expected day: the carrier's date, else the day it counts as late after handing over. */
    private LocalDate due(Shipment s) {
        if (s.getExpectedDelivery() != null) {
            return s.getExpectedDelivery();
        }
        Instant shipped = s.getShippedAt() != null ? s.getShippedAt() : clock.instant();
        return shipped.plus(properties.lateAfter()).atZone(properties.zone()).toLocalDate();
    }

    /**
     * The tickets the order's own customer has open about it (not the ones the desk opened itself): someone else who
     * quotes the order number is not told about the parcel.
     */
    private List<Ticket> customerTickets(ShopOrder order) {
        if (order.getCustomerId() == null) {
            return List.of();
        }
        return tickets.openOfOrder(order.getNumber()).stream()
                .filter(t -> t.getIdempotencyKey() == null || !t.getIdempotencyKey().startsWith(TICKET_KEY))
                .filter(t -> ABOUT_THE_PARCEL.contains(t.getCategory()))
                .filter(t -> order.getCustomerId().equals(t.getCustomerId())
                        || order.getCustomerId().equals(customers.get(t.getCustomerId()).getMergedIntoId()))
                .toList();
    }

    /** Records in the order's history that the expected day passed without delivery. */
    public void late(Long shipmentId) {
        ParcelState state = state(shipmentId);
        if (state.daysLate() > 0) {
            feed.note(state.orderId(), shipmentId, OrderHistoryType.PARCEL_LATE, SOURCE, state.daysLate());
        }
    }

    /**
     * Tells the customer {@code notice} about the parcel, once: queued on their channel, in their language; held until
     * the morning in quiet hours; skipped when an informational notice would pass the daily cap or the customer has no
     * channel to be told on. Returns what became of it.
     */
    public ParcelNotification notify(Long shipmentId, Notice notice) {
        Optional<ParcelNotification> earlier = notices.findByShipmentIdAndNotice(shipmentId, notice);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        OrderDetails details = commerce.detailsOfShipment(shipmentId).orElseThrow(() -> new NotFoundException("Parcel", shipmentId));
        ShopOrder order = details.order();
        Instant now = clock.instant();
        Customer customer = order.getCustomerId() == null ? null : customers.get(order.getCustomerId());
        String language = language(customer);
        Locale locale = Locale.forLanguageTag(language);
        Optional<Recipient> to = customer == null ? Optional.empty() : recipient(customer);
        String subject = text("parcel.notice." + notice + ".subject", locale, args(details, shipmentId, customer, locale));
        String body = text(bodyKey(details, shipmentId, notice), locale, args(details, shipmentId, customer, locale))
                + "\n\n" + text("parcel.notice.footer", locale, details.shopName());
        ParcelNotification.Status status;
        Instant sendAt = now;
        if (to.isEmpty()) {
            status = ParcelNotification.Status.SKIPPED_NO_CHANNEL;
        } else if (notice.informational() && notices.countSentSince(customer.getId(), now.minus(Duration.ofHours(24)))
                >= properties.maxPerDay()) {
            status = ParcelNotification.Status.SKIPPED_CAP;
        } else {
            sendAt = afterQuietHours(now);
            status = sendAt.isAfter(now) ? ParcelNotification.Status.DEFERRED : ParcelNotification.Status.QUEUED;
        }
        ParcelNotification n = notices.saveAndFlush(new ParcelNotification(shipmentId, order.getId(), order.getNumber(),
                order.getCustomerId(), notice, to.map(Recipient::channel).orElse(null), to.map(Recipient::handle).orElse(null),
                language, subject, body, status, now, sendAt));
        String what = "#parcel.notice." + notice;
        switch (status) {
            case QUEUED -> feed.note(order.getId(), shipmentId, OrderHistoryType.NOTIFICATION_QUEUED, SOURCE, what,
                    "#channel." + n.getChannel());
            case DEFERRED -> feed.note(order.getId(), shipmentId, OrderHistoryType.NOTIFICATION_DEFERRED, SOURCE, what,
                    "#channel." + n.getChannel(), sendAt);
            case SKIPPED_CAP -> feed.note(order.getId(), shipmentId, OrderHistoryType.NOTIFICATION_SKIPPED, SOURCE, what,
                    "#parcel.skipped.cap");
            default -> feed.note(order.getId(), shipmentId, OrderHistoryType.NOTIFICATION_SKIPPED, SOURCE, what,
                    "#parcel.skipped.channel");
        }
        if (n.isSent()) {
            events.publishEvent(new ParcelNoticeQueued(n.getId(), n.getCustomerId(), n.getChannel(), n.getRecipient(),
                    subject, body, sendAt));
        }
        return n;
    }

    /**
     * Opens the parcel's one proactive ticket (L1 by the triage of a shipping question, the order attached), with the
     * desk's note saying why; a second call gives the same ticket. Null for an order without a known customer.
     */
    public TicketService.Opened openTicket(Long shipmentId, Notice notice) {
        OrderDetails details = commerce.detailsOfShipment(shipmentId).orElseThrow(() -> new NotFoundException("Parcel", shipmentId));
        ShopOrder order = details.order();
        if (order.getCustomerId() == null) {
            // a guest order without e-mail or phone: nobody to open a ticket for; the history says so
            feed.note(order.getId(), shipmentId, OrderHistoryType.NOTIFICATION_SKIPPED, SOURCE, "#parcel.notice." + notice,
                    "#parcel.skipped.channel");
            return null;
        }
        Customer customer = customers.get(order.getCustomerId());
        String language = language(customer);
        Locale locale = Locale.forLanguageTag(language);
        Shipment s = shipment(shipmentId);
        ParcelState state = state(shipmentId);
        Channel channel = recipient(customer).map(Recipient::channel).orElse(Channel.EMAIL);
        String subject = text("parcel.ticket.subject." + notice, locale, order.getNumber(), carrierName(s));
        HistoryReason why = HistoryReason.of(HistoryReason.Notes.PARCEL_NEEDS_ACTION, order.getNumber(), carrierName(s),
                s.getTrackingCode(), HistoryReason.key("shipment.status." + s.getStatus()),
                s.getLastPlace() == null ? "" : s.getLastPlace(), state.daysLate());
        TicketService.Opened opened = tickets.openForCustomer(new NewTicket(customer.getId(), channel, subject,
                        Category.SHIPPING, language, order.getNumber(), Sentiment.NEUTRAL, null, null, null, List.of(),
                        TICKET_KEY + shipmentId),
                HistoryReason.of(HistoryReason.OPENED_BY_PARCEL_WATCH, order.getNumber(),
                        HistoryReason.key("shipment.status." + s.getStatus())),
                NewMessage.deskNote(why, text("note." + HistoryReason.Notes.PARCEL_NEEDS_ACTION, Locale.ENGLISH,
                        why.arguments().stream().map(a -> a.startsWith("#") ? texts.getMessage(a.substring(1), null, a, Locale.ENGLISH) : a)
                                .toArray())));
        if (opened.created()) {
            feed.note(order.getId(), shipmentId, OrderHistoryType.TICKET_OPENED, SOURCE, opened.ticket().getNumber(),
                    "#parcel.notice." + notice);
        }
        return opened;
    }

    /**
     * Writes the parcel's news on the tickets the customer has open about the order: a reply to them (sent on the
     * ticket's channel, once per notice, through the outbox) and a note for the agent. Returns the tickets written on.
     */
    public List<String> updateCustomerTickets(Long shipmentId, Notice notice) {
        OrderDetails details = commerce.detailsOfShipment(shipmentId).orElseThrow(() -> new NotFoundException("Parcel", shipmentId));
        Shipment s = shipment(shipmentId);
        if (notices.findByShipmentIdAndNotice(shipmentId, notice).isPresent()) {
            return List.of(); // told already, on a ticket or directly
        }
        List<Ticket> open = customerTickets(details.order());
        for (Ticket t : open) {
            Locale locale = Locale.forLanguageTag(t.getLanguage() == null ? "it" : t.getLanguage());
            Customer customer = customers.get(t.getCustomerId());
            String reply = text(bodyKey(details, shipmentId, notice), locale, args(details, shipmentId, customer, locale));
            tickets.addMessage(t.getId(), NewMessage.publicReply(reply), Actor.system());
            HistoryReason note = HistoryReason.of(HistoryReason.Notes.PARCEL_UPDATE_SENT,
                    HistoryReason.key("shipment.status." + s.getStatus()), s.getLastPlace() == null ? "" : s.getLastPlace());
            tickets.addMessage(t.getId(), NewMessage.deskNote(note, text("note." + HistoryReason.Notes.PARCEL_UPDATE_SENT,
                    Locale.ENGLISH, text("shipment.status." + s.getStatus(), Locale.ENGLISH),
                    s.getLastPlace() == null ? "" : s.getLastPlace())), Actor.system());
            feed.note(details.order().getId(), shipmentId, OrderHistoryType.TICKET_UPDATED, SOURCE, t.getNumber(),
                    "#parcel.notice." + notice);
        }
        if (!open.isEmpty()) {
            notify(shipmentId, notice); // the reply on the ticket is the record; the notice carries it to the customer
        }
        return open.stream().map(Ticket::getNumber).toList();
    }

    /** The notices decided about an order's parcels, oldest first. */
    @Transactional(readOnly = true)
    public List<ParcelNotification> noticesOfOrder(Long orderId) {
        return notices.findByOrderIdOrderByDecidedAtAsc(orderId);
    }

    /** Every notice decided in the period (reports). */
    @Transactional(readOnly = true)
    public List<ParcelNotification> noticesBetween(Instant from, Instant to) {
        return notices.findByDecidedAtBetween(from, to);
    }

    /** The notices about these orders decided before {@code before} (whether a customer had been told before writing). */
    @Transactional(readOnly = true)
    public List<ParcelNotification> noticesBefore(java.util.Collection<String> orderNumbers, Instant before) {
        return orderNumbers.isEmpty() ? List.of() : notices.findByOrderNumberInAndDecidedAtBefore(orderNumbers, before);
    }

    /** When each of these orders' customers was first told about a parcel (orders never told are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Instant> firstNoticeAt(java.util.Collection<String> orderNumbers, Instant before) {
        java.util.Map<String, Instant> first = new java.util.HashMap<>();
        for (ParcelNotification n : noticesBefore(orderNumbers, before)) {
            if (n.isSent()) {
                first.merge(n.getOrderNumber(), n.getSendAt() != null ? n.getSendAt() : n.getDecidedAt(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    private record Recipient(Channel channel, String handle) {
    }

    /**
     * Where the customer is told: on WhatsApp when that is where they last wrote to us, else by e-mail, else on
     * WhatsApp if they have a number there.
     */
    private Optional<Recipient> recipient(Customer customer) {
        List<CustomerIdentity> ids = customers.identities(customer.getId());
        Optional<String> whatsApp = ids.stream().filter(i -> i.getChannel() == Channel.WHATSAPP).map(CustomerIdentity::getHandle)
                .findFirst();
        boolean wroteOnWhatsApp = tickets.ofCustomer(customer.getId()).stream().findFirst()
                .map(t -> t.getChannel() == Channel.WHATSAPP).orElse(false);
        if (wroteOnWhatsApp && whatsApp.isPresent()) {
            return Optional.of(new Recipient(Channel.WHATSAPP, whatsApp.get()));
        }
        if (customer.getEmail() != null) {
            return Optional.of(new Recipient(Channel.EMAIL, customer.getEmail()));
        }
        return whatsApp.map(h -> new Recipient(Channel.WHATSAPP, h));
    }

    private String language(Customer customer) {
        String l = customer == null ? null : customer.getLanguage();
        return l == null || !(l.equals("it") || l.equals("en")) ? "it" : l;
    }

    /** The first moment a notice may leave: now, or the end of the quiet hours. */
    private Instant afterQuietHours(Instant now) {
        ZonedDateTime local = now.atZone(properties.zone());
        LocalTime t = local.toLocalTime();
        LocalTime from = properties.quietFrom();
        LocalTime until = properties.quietUntil();
        boolean quiet = from.isAfter(until) ? !t.isBefore(from) || t.isBefore(until) : !t.isBefore(from) && t.isBefore(until);
        if (!quiet) {
            return now;
        }
        ZonedDateTime morning = local.with(until);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return morning.toInstant();
    }

    /** The notice's text; a delay without an expected date is told without one. */
    private static String bodyKey(OrderDetails d, Long shipmentId, Notice notice) {
        boolean dated = d.parcels().stream().filter(p -> p.shipment().getId().equals(shipmentId))
                .anyMatch(p -> p.shipment().getExpectedDelivery() != null);
        return "parcel.notice." + notice + ".body" + (notice == Notice.DELAYED && !dated ? ".undated" : "");
    }

    /** The template arguments: name, shop, order, carrier, tracking code, link, expected date, place. */
    private Object[] args(OrderDetails d, Long shipmentId, Customer customer, Locale locale) {
        OrderDetails.Parcel parcel = d.parcels().stream().filter(p -> p.shipment().getId().equals(shipmentId)).findFirst()
                .orElseThrow();
        Shipment s = parcel.shipment();
        String display = customer == null ? "" : customer.getDisplayName();
        String name = display.isBlank() || display.contains("@") || display.startsWith("+") ? text("parcel.customer", locale)
                : display.split(" ")[0];
        String expected = s.getExpectedDelivery() == null ? text("parcel.expected.unknown", locale)
                : s.getExpectedDelivery().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        return new Object[] {name, d.shopName() == null ? "" : d.shopName(), d.order().getNumber(), carrierName(s),
                s.getTrackingCode(), parcel.trackingUrl() == null ? "" : parcel.trackingUrl(), expected,
                s.getLastPlace() == null ? "" : s.getLastPlace()};
    }

    private static String carrierName(Shipment s) {
        return io.sportello.commerce.Carriers.displayName(s.getCarrier());
    }

    private Shipment shipment(Long id) {
        return commerce.shipment(id).orElseThrow(() -> new NotFoundException("Parcel", id));
    }

    private String text(String key, Locale locale, Object... args) {
        return texts.getMessage(key, args, locale);
    }
}
