package io.sportello.intake;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Intake settings ({@code sportello.intake.*}). Secrets (mail passwords, webhook and WhatsApp secrets) come from the
 * environment; the demo profile sets demo values and says so.
 */
@ConfigurationProperties("sportello.intake")
public record IntakeProperties(Mail mail, Attachments attachments, Form form, Map<String, WebhookSource> webhooks,
                               WhatsApp whatsapp, Chat chat, Portal portal, boolean background) {

    public IntakeProperties {
        mail = mail != null ? mail : new Mail(null, null, null, null, 25, 143, null, null, null, true, null, false, false, 5);
        attachments = attachments != null ? attachments : new Attachments(null, 0, null);
        form = form != null ? form : new Form(0, null);
        webhooks = webhooks != null ? webhooks : new LinkedHashMap<>();
        whatsapp = whatsapp != null ? whatsapp : new WhatsApp(null, null, null, null, null);
        chat = chat != null ? chat : new Chat(null);
        portal = portal != null ? portal : new Portal(null, null);
    }

    /**
     * The support mailbox.
     *
     * @param address         the desk's address: mail to it opens tickets, mail from it is never read back
     * @param host            SMTP and IMAP host (ignored when {@code embedded})
     * @param smtpPort        SMTP port; with {@code embedded} 0 picks a free port (tests)
     * @param imapPort        IMAP port; same rule
     * @param idle            use IMAP IDLE when the server offers it (polling otherwise)
     * @param embedded        start an embedded GreenMail SMTP+IMAP server (demo profile, tests)
     * @param maxSendAttempts attempts before an outgoing message is marked as failed on its ticket
     */
    public record Mail(String address, String displayName, String domain, String host, int smtpPort, int imapPort,
                       String username, String password, String folder, boolean idle, Duration pollInterval,
                       boolean embedded, boolean inbound, int maxSendAttempts) {

        public Mail {
            address = address != null ? address : "support@sportello.local";
            displayName = displayName != null ? displayName : "Sportello";
            domain = domain != null ? domain : address.substring(address.indexOf('@') + 1);
            host = host != null ? host : "localhost";
            username = username != null ? username : address;
            folder = folder != null ? folder : "INBOX";
            pollInterval = pollInterval != null ? pollInterval : Duration.ofSeconds(30);
            maxSendAttempts = maxSendAttempts > 0 ? maxSendAttempts : 5;
        }
    }

    /** Limits for files customers send; the type is detected from the content, never from the name. */
    public record Attachments(DataSize maxSize, int maxCount, List<String> allowedTypes) {

        public Attachments {
            maxSize = maxSize != null ? maxSize : DataSize.ofMegabytes(10);
            maxCount = maxCount > 0 ? maxCount : 10;
            allowedTypes = allowedTypes != null && !allowedTypes.isEmpty() ? List.copyOf(allowedTypes) : List.of(
                    "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "image/heic",
                    "text/plain", "text/csv", "message/rfc822",
                    "application/x-tika-ooxml", "application/x-tika-msoffice",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
                    "application/vnd.ms-excel", "application/vnd.oasis.opendocument.text");
        }
    }

    /** The public contact form: at most {@code maxPerHour} submissions per e-mail address or network address. */
    public record Form(int maxPerHour, Duration window) {

        public Form {
            maxPerHour = maxPerHour > 0 ? maxPerHour : 5;
            window = window != null ? window : Duration.ofHours(1);
        }
    }

    /**
     * A system that posts signed messages to {@code /api/v1/intake/webhooks/{name}}.
     *
     * @param secret      shared HMAC-SHA256 secret
     * @param channel     the channel its messages are on (SOCIAL, WHATSAPP…)
     * @param callbackUrl where replies are posted (signed the same way); none = replies cannot leave
     */
    public record WebhookSource(String secret, io.sportello.shared.Channel channel, String callbackUrl, Duration tolerance) {

        public WebhookSource {
            channel = channel != null ? channel : io.sportello.shared.Channel.SOCIAL;
            tolerance = tolerance != null ? tolerance : Duration.ofMinutes(5);
        }
    }

    /** WhatsApp Cloud API: app secret (signatures), verify token (subscription), access token and phone number id (sending). */
    public record WhatsApp(String appSecret, String verifyToken, String accessToken, String phoneNumberId, String apiUrl) {

        public WhatsApp {
            apiUrl = apiUrl != null ? apiUrl : "https://graph.facebook.com/v21.0";
        }

        public boolean enabled() {
            return appSecret != null && !appSecret.isBlank();
        }
    }

    /** Live chat: a customer who leaves before any agent answer within the grace period counts as abandoned. */
    public record Chat(Duration abandonGrace) {

        public Chat {
            abandonGrace = abandonGrace != null ? abandonGrace : Duration.ofSeconds(0);
        }
    }

    /** Customer portal: validity of a one-time sign-in link and the public base URL used in mails. */
    public record Portal(Duration linkValidity, String baseUrl) {

        public Portal {
            linkValidity = linkValidity != null ? linkValidity : Duration.ofMinutes(30);
            baseUrl = baseUrl != null ? baseUrl : "http://localhost:8080";
        }
    }
}
