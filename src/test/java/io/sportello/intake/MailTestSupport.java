package io.sportello.intake;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** Sends raw mail through the embedded GreenMail SMTP server exactly as written, and reads what customers received. */
final class MailTestSupport {

    private final GreenMail server;

    MailTestSupport(GreenMail server) {
        this.server = server;
    }

    /** Sends the raw MIME text (headers, blank line, body) to the support mailbox over SMTP, Message-ID untouched. */
    void send(String raw) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress("support@sportello.local")});
        }
    }

    static String mail(String from, String subject, String messageId, String extraHeaders, String body) {
        return "From: " + from + "\n"
                + "To: support@sportello.local\n"
                + "Subject: " + subject + "\n"
                + "Message-ID: " + messageId + "\n"
                + "Date: Mon, 23 Nov 2026 09:00:00 +0100\n"
                + "MIME-Version: 1.0\n"
                + (extraHeaders.isEmpty() ? "" : extraHeaders + "\n")
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "\n"
                + body + "\n";
    }

    static String newId() {
        return "<" + UUID.randomUUID() + "@mail.example.it>";
    }

    /** Messages the desk sent to {@code address} so far. */
    List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits (bounded) until {@code address} has received {@code count} messages; deliveries are sent after commit. */
    List<MimeMessage> awaitReceived(String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> received = receivedBy(address);
        while (received.size() < count && System.nanoTime() - deadline < 0) {
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
            received = receivedBy(address);
        }
        return received;
    }
}
