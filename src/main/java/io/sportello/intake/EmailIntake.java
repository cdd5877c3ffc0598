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
 * E-mail in: stores each raw message (deduplicated by Message-ID), then threads it. A reply joins its ticket by our
 * own Message-ID in {@code In-Reply-To}/{@code References}, by an earlier message id of the thread, or by the ticket
 * number in the subject when the sender is the ticket's customer; anything else opens a new ticket. Automatic mail
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
        Optional<Ticket> thread = thread(email, customer).filter(t -> t.getStatus() != TicketStatus.CLOSED);
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
            }
        }
        if (!files.refused().isEmpty()) {
            desk.attachmentsRefused(number, files.refused(), inbound.getId());
        }
        return Outcome.onTicket(number);
    }

    private Optional<Ticket> thread(ParsedEmail email, Customer sender) {
        List<String> ids = new ArrayList<>();
        if (email.inReplyTo() != null) {
            ids.add(email.inReplyTo());
        }
        List<String> references = new ArrayList<>(email.references());
        java.util.Collections.reverse(references);
        ids.addAll(references);
        for (String id : ids) {
            Optional<String> ours = Outbox.ticketNumberOf(id, mail.domain());
            if (ours.isPresent()) {
                Optional<Ticket> ticket = tickets.findByNumberOptional(ours.get());
                if (ticket.isPresent()) {
                    return ticket;
                }
            }
            Optional<Ticket> earlier = tickets.findByMessageExternalId(id);
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        if (email.subject() != null) {
            Matcher m = TICKET_NUMBER.matcher(email.subject());
            while (m.find()) {
                Optional<Ticket> ticket = tickets.findByNumberOptional(m.group());
                if (ticket.isPresent() && ticket.get().getCustomerId().equals(sender.getId())) {
                    return ticket;
                }
            }
        }
        return Optional.empty();
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
