package io.sportello.intake;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads raw MIME with Jakarta Mail: headers for threading and loop protection, the plain-text and HTML bodies, and
 * the attached files. Malformed structure is reported as {@link UnprocessableMessageException} so the message becomes
 * a dead letter instead of half a ticket.
 */
final class EmailParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply", "auto-reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon");
    private static final int MAX_DEPTH = 10;

    private EmailParser() {
    }

    static MimeMessage mime(byte[] raw) {
        Properties props = new Properties();
        props.put("mail.mime.address.strict", "false");
        // headers in raw UTF-8 (RFC 6532, sent by SMTPUTF8 servers and some clients) instead of encoded words
        props.put("mail.mime.allowutf8", "true");
        try {
            return new MimeMessage(Session.getInstance(props), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new UnprocessableMessageException("Unreadable MIME: " + e.getMessage(), e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id == null || id.isBlank() ? null : id.strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    static ParsedEmail parse(byte[] raw, Set<String> ownAddresses) {
        MimeMessage message = mime(raw);
        try {
            InternetAddress from = sender(message);
            String fromAddress = from == null ? null : from.getAddress().toLowerCase(Locale.ROOT);
            String loop = loopReason(message, fromAddress, ownAddresses);
            if (fromAddress == null && loop == null) {
                throw new UnprocessableMessageException("The e-mail has no readable sender (From)");
            }
            Bodies bodies = new Bodies();
            if (loop == null) {
                walk(message, bodies, 0);
            }
            String subject = message.getSubject();
            return new ParsedEmail(messageId(message), firstId(header(message, "In-Reply-To")),
                    ids(header(message, "References")), fromAddress, from == null ? null : from.getPersonal(),
                    subject == null || subject.isBlank() ? null : subject.strip(), bodies.text, bodies.html,
                    language(message), bodies.attachments, loop);
        } catch (MessagingException | IOException e) {
            throw new UnprocessableMessageException("Malformed e-mail: " + e.getMessage(), e);
        }
    }

    /**
     * Why this message must not open a ticket nor get an answer: automatic replies (RFC 3834), bounces, mailing
     * lists, and anything from the desk's own address. Null for a message a person wrote.
     */
    static String loopReason(MimeMessage m, String fromAddress, Set<String> ownAddresses) throws MessagingException {
        String autoSubmitted = header(m, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "Automatic message (Auto-Submitted: " + autoSubmitted.strip() + ")";
        }
        String precedence = header(m, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return "Bulk or automatic message (Precedence: " + precedence.strip() + ")";
        }
        if (header(m, "X-Autoreply") != null || header(m, "X-Autorespond") != null
                || "oof".equalsIgnoreCase(String.valueOf(header(m, "X-Auto-Response-Suppress")).strip())) {
            return "Automatic reply (X-Autoreply)";
        }
        if (header(m, "List-Id") != null || header(m, "List-Unsubscribe") != null) {
            return "Mailing-list message (List-Id)";
        }
        String[] returnPaths = m.getHeader("Return-Path");
        if (returnPaths != null && Arrays.stream(returnPaths).anyMatch(p -> p.replaceAll("\\s", "").equals("<>"))) {
            return "Bounce (empty Return-Path)";
        }
        if (m.isMimeType("multipart/report")) {
            return "Delivery report (multipart/report)";
        }
        if (fromAddress != null) {
            String local = fromAddress.substring(0, Math.max(0, fromAddress.indexOf('@')));
            if (DAEMONS.contains(local)) {
                return "Bounce from " + fromAddress;
            }
            if (ownAddresses.contains(fromAddress)) {
                return "Sent by the desk itself (" + fromAddress + ")";
            }
        }
        return null;
    }

    private static InternetAddress sender(MimeMessage m) throws MessagingException {
        Address[] from;
        try {
            from = m.getFrom();
        } catch (MessagingException e) {
            return null;
        }
        if (from == null) {
            return null;
        }
        return Arrays.stream(from).filter(InternetAddress.class::isInstance).map(InternetAddress.class::cast)
                .filter(a -> a.getAddress() != null && a.getAddress().contains("@")).findFirst().orElse(null);
    }

    private static final class Bodies {
        String text;
        String html;
        final List<ParsedEmail.RawAttachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Bodies bodies, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new UnprocessableMessageException("MIME nesting deeper than " + MAX_DEPTH + " levels");
        }
        String fileName = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new UnprocessableMessageException("Multipart without readable parts");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), bodies, depth + 1);
            }
        } else if (!attachment && part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = text(part);
        } else if (!attachment && part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = text(part);
        } else if (!attachment && part.isMimeType("text/*")) {
            bodies.text = bodies.text == null ? text(part) : bodies.text + "\n\n" + text(part);
        } else {
            byte[] content = part.getInputStream().readAllBytes();
            String name = fileName != null ? fileName
                    : part.isMimeType("message/rfc822") ? "message.eml" : "attachment-" + (bodies.attachments.size() + 1);
            bodies.attachments.add(new ParsedEmail.RawAttachment(name, content));
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            return content instanceof String s ? s : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException unknownCharset) {
            return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
            name = name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | UnsupportedEncodingException e) {
            name = "attachment";
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return base.isEmpty() ? "attachment" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String language(MimeMessage m) throws MessagingException {
        String[] languages = m.getContentLanguage();
        if (languages == null || languages.length == 0) {
            return null;
        }
        String lang = languages[0].strip().toLowerCase(Locale.ROOT);
        return lang.length() >= 2 ? lang.substring(0, 2) : null;
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        return m.getHeader(name, ",");
    }

    private static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = MESSAGE_ID.matcher(header);
            while (m.find() && ids.size() < 100) {
                ids.add(m.group());
            }
        }
        return ids;
    }
}
