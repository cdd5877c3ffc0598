package io.sportello.intake;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerIdentity;
import io.sportello.customer.CustomerService;
import io.sportello.shared.Channel;
import io.sportello.survey.SurveySent;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.TicketMessageAdded;
import io.sportello.ticket.TicketService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues what leaves the desk for a customer, in the transaction that caused it: an agent's public reply goes back on
 * the channel the customer used (e-mail and web form by SMTP, WhatsApp and social through their adapters; chat is
 * shown live), new e-mail tickets get an acknowledgement with the ticket number, resolved tickets their survey.
 * {@link OutboundDispatcher} sends after commit.
 */
@Service
@Transactional
public class Outbox {

    /** Marks the top of our mails; whatever the customer writes above it is their reply. */
    static final String REPLY_MARKER = "##-";
    /** The secret part of a survey or sign-in link. */
    private static final Pattern SECRET_LINK = Pattern.compile("(/portal/(?:survey|enter)/)[A-Za-z0-9_-]{16,}");
    private static final Pattern OWN_ID = Pattern.compile("<(SP-\\d{6,})\\.[^@<>]+@([^<>]+)>");

    private final OutboundRepository deliveries;
    private final TicketService tickets;
    private final CustomerService customers;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;
    private final IntakeProperties properties;
    private final Clock clock;
    private final DeliveryGate gate;

    Outbox(OutboundRepository deliveries, TicketService tickets, CustomerService customers, MessageSource texts,
           ApplicationEventPublisher events, IntakeProperties properties, Clock clock,
           org.springframework.beans.factory.ObjectProvider<DeliveryGate> gate) {
        this.gate = gate.getIfAvailable(() -> DeliveryGate.ALWAYS);
        this.deliveries = deliveries;
        this.tickets = tickets;
        this.customers = customers;
        this.texts = texts;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Published when a delivery was queued; the dispatcher sends it once the transaction has committed. */
    record Queued(Long deliveryId) {
    }

    /** A reaction: a public reply is queued for the customer's channel (once, even if the event is handled again). */
    @ApplicationModuleListener
    public void onMessage(TicketMessageAdded added) {
        if (!added.isPublicAgentReply() || !gate.deliverable(added.createdAt())
                || deliveries.existsByMessageId(added.messageId())) {
            return;
        }
        Channel channel = added.channel();
        if (channel != Channel.EMAIL && channel != Channel.WEB_FORM && channel != Channel.WHATSAPP && channel != Channel.SOCIAL) {
            return; // chat is shown live on the customer's page, phone calls happen on the phone
        }
        Ticket ticket = tickets.get(added.ticketId());
        TicketMessage message = tickets.message(added.messageId());
        switch (channel) {
            case EMAIL, WEB_FORM -> email(ticket, message.getId(), OutboundDelivery.Kind.REPLY,
                    text(ticket, "mail.reply.subject", ticket.getSubject(), ticket.getNumber()),
                    replyBody(ticket, message.getBodyText()));
            case WHATSAPP, SOCIAL -> handle(ticket, channel).ifPresent(to -> queue(new OutboundDelivery(ticket.getId(),
                    message.getId(), channel, OutboundDelivery.Kind.REPLY, to, null, message.getBodyText(),
                    ownId(ticket), null, null, clock.instant())));
            default -> {
                // chat is shown live on the customer's page, phone calls happen on the phone
            }
        }
    }

    /** A reaction: the survey goes to the customer, its link only in the mail. */
    @ApplicationModuleListener
    public void onSurvey(SurveySent sent) {
        if (!gate.deliverable(sent.sentAt())) {
            return;
        }
        Ticket ticket = tickets.get(sent.ticketId());
        String link = properties.portal().baseUrl() + "/portal/survey/" + sent.token();
        String body = text(ticket, "mail.survey.body", customerName(ticket), ticket.getSubject(), link);
        Channel channel = ticket.getChannel();
        Optional<String> messenger = channel == Channel.WHATSAPP || channel == Channel.SOCIAL
                ? handle(ticket, channel) : Optional.empty();
        if (handle(ticket, Channel.EMAIL).isEmpty() && messenger.isPresent()) {
            // a customer known only by their messenger handle gets the survey where they wrote to us
            queue(new OutboundDelivery(ticket.getId(), null, channel, OutboundDelivery.Kind.SURVEY, messenger.get(), null,
                    body, ownId(ticket), null, null, clock.instant()).withSecret(link));
            return;
        }
        email(ticket, null, OutboundDelivery.Kind.SURVEY, text(ticket, "mail.survey.subject", ticket.getNumber()), body, link);
    }

    /** Confirms a new ticket to the customer with its number, threaded under their own message. */
    void acknowledge(Ticket ticket, String customerMessageId) {
        email(ticket, null, OutboundDelivery.Kind.ACKNOWLEDGEMENT,
                text(ticket, "mail.ack.subject", ticket.getSubject(), ticket.getNumber()),
                text(ticket, "mail.ack.body", customerName(ticket), ticket.getNumber(), ticket.getSubject()));
    }

    /** Sends a one-time portal sign-in link (no ticket involved). */
    void signInLink(String address, String language, String link, long minutes) {
        secretMail(OutboundDelivery.Kind.SIGN_IN_LINK, "signin", address, language, link, minutes);
    }

    /** A chat visitor's one-time code to prove an address, mailed to that address only. */
    void chatCode(String address, String language, String code, long minutes) {
        secretMail(OutboundDelivery.Kind.CHAT_CODE, "chatCode", address, language, code, minutes);
    }

    /**
     * A reaction: a new colleague's invitation, or a password reset, goes to their address with the one-time link
     * (texts {@code mail.invitation.*}, {@code mail.passwordReset.*}: link, hours it works, their name, user name).
     */
    @ApplicationModuleListener
    public void onInvitation(io.sportello.security.AccountInvited invited) {
        if (invited.email() == null) {
            return;
        }
        long hours = Math.max(1, java.time.Duration.between(clock.instant(), invited.expiresAt()).toHours());
        secretMail(OutboundDelivery.Kind.STAFF_INVITATION, invited.reset() ? "passwordReset" : "invitation",
                invited.email(), invited.language(), invited.link(), hours, invited.displayName(), invited.username());
    }

    /**
     * A mail to an address (not a ticket's) carrying a secret valid for some time: texts {@code mail.<texts>.*}, with
     * the secret as the first argument and then the others.
     */
    private void secretMail(OutboundDelivery.Kind kind, String texts, String address, String language, String secret,
                            Object... arguments) {
        Locale locale = Locale.forLanguageTag(language == null ? "it" : language);
        Object[] all = new Object[arguments.length + 1];
        all[0] = secret;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        queue(new OutboundDelivery(null, null, Channel.EMAIL, kind, address,
                this.texts.getMessage("mail." + texts + ".subject", null, locale),
                this.texts.getMessage("mail." + texts + ".body", all, locale),
                "<" + texts.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID() + "@" + properties.mail().domain() + ">",
                null, null, clock.instant()).withSecret(secret));
    }

    /**
     * Tells both people of a customer merge (or its undoing), each at their own address, without naming the other:
     * a merge made by mistake, or by someone who should not have, must not go unnoticed.
     */
    @ApplicationModuleListener
    public void onMerge(io.sportello.customer.CustomersMerged merged) {
        Customer source = customers.get(merged.sourceId());
        Customer target = customers.get(merged.targetId());
        java.util.Set<String> told = new java.util.HashSet<>();
        for (Customer c : List.of(source, target)) {
            if (c.getEmail() == null || !told.add(c.getEmail())) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(c.getLanguage() == null ? "it" : c.getLanguage());
            String what = merged.undone() ? "mail.unmerge" : "mail.merge";
            queue(new OutboundDelivery(null, null, Channel.EMAIL, OutboundDelivery.Kind.ACCOUNT_NOTICE, c.getEmail(),
                    texts.getMessage(what + ".subject", null, locale),
                    texts.getMessage(what + ".body", new Object[] {c.getDisplayName()}, locale),
                    "<account." + UUID.randomUUID() + "@" + properties.mail().domain() + ">", null, null, clock.instant()));
        }
    }

    /**
     * A reaction: a parcel notice leaves on the channel the parcel watch chose, once, not before the end of quiet hours.
     */
    @ApplicationModuleListener
    public void onParcelNotice(io.sportello.proactive.ParcelNoticeQueued notice) {
        if (!gate.deliverable(clock.instant()) || deliveries.existsByNotificationId(notice.notificationId())) {
            return;
        }
        Channel channel = notice.channel();
        String id = "<parcel." + notice.notificationId() + "." + UUID.randomUUID() + "@" + properties.mail().domain() + ">";
        OutboundDelivery saved = deliveries.save(new OutboundDelivery(null, null, channel, OutboundDelivery.Kind.PARCEL_NOTICE, notice.recipient(),
                channel == Channel.EMAIL ? notice.subject() : null,
                channel == Channel.EMAIL ? notice.body() : notice.subject() + "\n\n" + notice.body(), id, null, null,
                clock.instant()).forNotice(notice.notificationId(), notice.sendAt()));
        deliveries.flush();
        if (!saved.isDue(clock.instant())) {
            return; // the background schedule sends it when quiet hours end
        }
        events.publishEvent(new Queued(saved.getId()));
    }

    /** Tries a failed delivery again (the agent's retry button). */
    public void retry(Long deliveryId) {
        OutboundDelivery d = deliveries.findById(deliveryId)
                .orElseThrow(() -> new io.sportello.shared.NotFoundException("Delivery", deliveryId));
        if (d.getStatus() == OutboundDelivery.Status.FAILED) {
            d.retry(clock.instant());
            events.publishEvent(new Queued(d.getId()));
        }
    }

    @Transactional(readOnly = true)
    public List<OutboundDelivery> ofTicket(Long ticketId) {
        return deliveries.findByTicketIdOrderByCreatedAt(ticketId);
    }

    @Transactional(readOnly = true)
    public List<OutboundDelivery> toRecipient(String recipient) {
        return deliveries.findByRecipientOrderByCreatedAtDesc(recipient);
    }

    /** The ticket number in one of our own Message-IDs ({@code <SP-000123.x@domain>}), if it is ours. */
    /** Whether the desk really sent a message with this Message-ID for the ticket (not just one that looks like ours). */
    @Transactional(readOnly = true)
    public boolean sent(Long ticketId, String internetMessageId) {
        return deliveries.existsByTicketIdAndInternetMessageId(ticketId, internetMessageId);
    }

    static Optional<String> ticketNumberOf(String messageId, String domain) {
        Matcher m = OWN_ID.matcher(messageId);
        return m.matches() && m.group(2).equalsIgnoreCase(domain) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The text with the secrets of its survey and sign-in links left out ({@code …/portal/survey/…}): what the desk keeps
     * of a mail once it has been sent.
     */
    /** How a secret shows in the desk's copy of a mail: a link without its token, a code as dots. */
    static String masked(String secret) {
        return SECRET_LINK.matcher(secret).find() ? withoutSecretLinks(secret) : "\u2022".repeat(secret.length());
    }

    public static String withoutSecretLinks(String text) {
        return text == null ? null : SECRET_LINK.matcher(text).replaceAll("$1…");
    }

    private void email(Ticket ticket, Long messageId, OutboundDelivery.Kind kind, String subject, String body) {
        email(ticket, messageId, kind, subject, body, null);
    }

    private void email(Ticket ticket, Long messageId, OutboundDelivery.Kind kind, String subject, String body,
                       String secretLink) {
        Optional<String> to = handle(ticket, Channel.EMAIL);
        if (to.isEmpty()) {
            return;
        }
        // the conversation so far, the customer's mails and ours; we answer the customer's latest mail, without one
        // our own latest
        List<String> theirs = tickets.inboundExternalIds(ticket.getId()).stream().filter(id -> id.startsWith("<")).toList();
        List<String> thread = new ArrayList<>(theirs);
        thread.addAll(deliveries.emailIdsOfTicket(ticket.getId()));
        if (thread.size() > 20) {
            thread = thread.subList(thread.size() - 20, thread.size());
        }
        String inReplyTo = !theirs.isEmpty() ? theirs.get(theirs.size() - 1) : thread.isEmpty() ? null : thread.get(thread.size() - 1);
        queue(new OutboundDelivery(ticket.getId(), messageId, Channel.EMAIL, kind, to.get(), subject, body,
                ownId(ticket), inReplyTo, String.join(" ", thread), clock.instant()).withSecret(secretLink));
    }

    private void queue(OutboundDelivery delivery) {
        if (!gate.deliverable(clock.instant())) {
            return;
        }
        deliveries.save(delivery);
        deliveries.flush();
        events.publishEvent(new Queued(delivery.getId()));
    }

    private Optional<String> handle(Ticket ticket, Channel channel) {
        Channel identity = channel == Channel.WEB_FORM || channel == Channel.CHAT ? Channel.EMAIL : channel;
        Customer customer = customers.get(ticket.getCustomerId());
        if (identity == Channel.EMAIL && customer.getEmail() != null) {
            return Optional.of(customer.getEmail());
        }
        return customers.identities(customer.getId()).stream().filter(i -> i.getChannel() == identity)
                .map(CustomerIdentity::getHandle).findFirst();
    }

    private String ownId(Ticket ticket) {
        return "<" + ticket.getNumber() + "." + UUID.randomUUID() + "@" + properties.mail().domain() + ">";
    }

    private String replyBody(Ticket ticket, String text) {
        return text(ticket, "mail.reply.marker") + "\n\n" + text + "\n\n--\n"
                + text(ticket, "mail.reply.footer", ticket.getNumber());
    }

    private String customerName(Ticket ticket) {
        return customers.get(ticket.getCustomerId()).getDisplayName();
    }

    private String text(Ticket ticket, String key, Object... args) {
        return texts.getMessage(key, args, Locale.forLanguageTag(ticket.getLanguage() == null ? "it" : ticket.getLanguage()));
    }
}
