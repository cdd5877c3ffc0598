package io.sportello.intake;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.shared.RuleViolationException;
import io.sportello.ticket.Direction;
import io.sportello.ticket.NewMessage;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketService;
import io.sportello.ticket.TicketStatus;
import io.sportello.ticket.Visibility;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * E-mail in: stores each raw message (deduplicated by Message-ID), then threads it. A reply from the ticket's customer
 * joins its ticket by a Message-ID the desk sent for it in {@code In-Reply-To}/{@code References}, by an earlier
 * message id of the thread, or by the ticket number in the subject; anything else opens a new ticket (linked to the
 * one it refers to, if any). Automatic mail
 * (auto-replies, bounces, lists, our own) is kept but never opens a ticket nor gets a reply.
 */
@Component
class EmailIntake implements InboundHandler {

    static final String SOURCE = "email";
    private static final Pattern TICKET_NUMBER = Pattern.compile("\\bSP-\\d{6,}\\b");
    private static final Pattern ORDER_NUMBER = Pattern.compile("\\bORD-\\d{4}-\\d{6}\\b");

    private final Intake intake;
    private final TicketDesk desk;
    private final TicketService tickets;
    private final CustomerService customers;
    private final AttachmentPolicy attachments;
    private final Outbox outbox;
    private final IntakeProperties.Mail mail;

    EmailIntake(Intake intake, TicketDesk desk, TicketService tickets, CustomerService customers,
                AttachmentPolicy attachments, Outbox outbox, IntakeProperties properties) {
        this.intake = intake;
        this.desk = desk;
        this.tickets = tickets;
        this.customers = customers;
        this.attachments = attachments;
        this.outbox = outbox;
        this.mail = properties.mail();
    }

    /** Stores and processes one raw message as read from the mailbox. */
    Receipt receive(byte[] raw) {
        String messageId = null;
        String sender = null;
        String subject = null;
        try {
            MimeMessage mime = EmailParser.mime(raw);
            messageId = EmailParser.messageId(mime);
            sender = mime.getFrom() == null || mime.getFrom().length == 0 ? null : mime.getFrom()[0].toString();
            subject = mime.getSubject();
        } catch (UnprocessableMessageException | MessagingException unreadable) {
            // kept anyway: processing will turn it into a dead letter with the reason
        }
        String key = messageId != null ? "email:" + messageId : "email-sha256:" + sha256(raw);
        return intake.receive(new Inbound(Channel.EMAIL, SOURCE, key, sender, null, subject, raw, true));
    }

    /**
     * A message the mail server could not hand over: kept as a dead letter naming it ({@code which}: folder and
     * UID), so an administrator knows it is waiting in the mailbox and can read it there.
     */
    Receipt unreadable(String which, Exception why) {
        String reason = "The mail server could not hand over " + which + ": " + why.getMessage()
                + " (the message is still in the mailbox)";
        return intake.keepFailed(new Inbound(Channel.EMAIL, SOURCE, "email-unreadable:" + which + ":" + java.util.UUID.randomUUID(),
                null, null, which, reason.getBytes(java.nio.charset.StandardCharsets.UTF_8), true), reason);
    }

    @Override
    public boolean handles(String source) {
        return SOURCE.equals(source);
    }

    @Override
    public Outcome handle(InboundMessage inbound) {
        ParsedEmail email = EmailParser.parse(inbound.rawPayload(), Set.of(mail.address().toLowerCase(Locale.ROOT)));
        if (email.loopReason() != null) {
            return Outcome.ignored(email.loopReason());
        }
        AttachmentPolicy.Checked files = attachments.check(email.attachments());
        String text = email.text() == null ? null : email.text().strip();
        String html = email.html();
        int marker = text == null ? -1 : text.indexOf(Outbox.REPLY_MARKER);
        if (marker >= 0) {
            // the customer answered above our marker: keep what they wrote, not the quoted conversation
            text = trimQuoteHeader(text.substring(0, marker));
            html = null;
        }
        Customer customer = customers.resolve(Channel.EMAIL, email.fromAddress(), email.fromName(), email.language());
        Actor author = Actor.customer(customer.getId(), customer.getDisplayName());
        Thread found = thread(email, customer);
        Optional<Ticket> thread = found.joins().filter(t -> t.getStatus() != TicketStatus.CLOSED);
        String number;
        if (thread.isPresent()) {
            number = thread.get().getNumber();
            try {
                desk.customerMessage(number, new NewMessage(Channel.EMAIL, Direction.INBOUND, Visibility.PUBLIC,
                        text, html, email.messageId(), files.accepted()), author);
            } catch (RuleViolationException e) {
                if (!"DUPLICATE_MESSAGE".equals(e.rule())) {
                    throw e;
                }
            }
        } else {
            String subject = email.subject() != null ? email.subject() : "(no subject)";
            var opened = desk.open(new OpenTicket(Channel.EMAIL, email.fromAddress(), email.fromName(),
                    subject.length() > 200 ? subject.substring(0, 200) : subject, blankToEmpty(text), null,
                    orderNumber(email.subject(), text), email.language(), null, "inbound-" + inbound.getId(), html,
                    email.messageId(), files.accepted()), author);
            number = opened.ticket().getNumber();
            if (opened.created()) {
                outbox.acknowledge(opened.ticket(), email.messageId());
                found.refersTo().ifPresent(other -> desk.linked(opened.ticket().getNumber(), other.getNumber()));
            }
        }
        if (!files.refused().isEmpty()) {
            desk.attachmentsRefused(number, files.refused(), inbound.getId());
        }
        return Outcome.onTicket(number);
    }

    /** The ticket a mail joins, if any, and one it refers to without being allowed to join (a link for agents). */
    private record Thread(Optional<Ticket> joins, Optional<Ticket> refersTo) {
    }

    /**
     * A mail joins a ticket only when it answers a message the desk really sent for that ticket (our Message-ID in
     * {@code In-Reply-To}/{@code References}, checked against what was sent, not just its shape), or an earlier
     * message of the thread, or names the ticket number in the subject — and in every case only when the sender is
     * the ticket's customer. A forged or forwarded reference from anybody else opens a new ticket linked to it.
     */
    private Thread thread(ParsedEmail email, Customer sender) {
        List<String> ids = new ArrayList<>();
        if (email.inReplyTo() != null) {
            ids.add(email.inReplyTo());
        }
        List<String> references = new ArrayList<>(email.references());
        java.util.Collections.reverse(references);
        ids.addAll(references);
        Optional<Ticket> referred = Optional.empty();
        for (String id : ids) {
            Optional<Ticket> ours = Outbox.ticketNumberOf(id, mail.domain()).flatMap(tickets::findByNumberOptional)
                    .filter(t -> outbox.sent(t.getId(), id));
            Optional<Ticket> candidate = ours.isPresent() ? ours : tickets.findByMessageExternalId(id);
            if (candidate.isPresent()) {
                if (candidate.get().getCustomerId().equals(sender.getId())) {
                    return new Thread(candidate, Optional.empty());
                }
                referred = referred.or(() -> candidate);
            }
        }
        if (email.subject() != null) {
            Matcher m = TICKET_NUMBER.matcher(email.subject());
            while (m.find()) {
                Optional<Ticket> ticket = tickets.findByNumberOptional(m.group());
                if (ticket.isPresent() && ticket.get().getCustomerId().equals(sender.getId())) {
                    return new Thread(ticket, Optional.empty());
                }
                referred = referred.or(() -> ticket);
            }
        }
        return new Thread(Optional.empty(), referred);
    }

    private static String orderNumber(String subject, String text) {
        for (String s : new String[] {subject, text}) {
            if (s != null) {
                Matcher m = ORDER_NUMBER.matcher(s);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /** Drops the "On … wrote:" line mail clients put above the quoted text. */
    private static String trimQuoteHeader(String text) {
        String[] lines = text.stripTrailing().split("\\R");
        int end = lines.length;
        while (end > 0 && (lines[end - 1].isBlank() || lines[end - 1].startsWith(">")
                || lines[end - 1].matches("(?i).*(wrote|scritto|ha scritto)\\s*:\\s*$"))) {
            end--;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, end)).strip();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
