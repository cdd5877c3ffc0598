package io.sportello;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.sportello.survey.SurveySent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The secret of a survey or sign-in link as the customer finds it: in the mail the desk sent them, received by the
 * embedded mail server. The desk keeps no other copy of it.
 */
public final class SurveyLinks {

    /** How long a test waits for a mail the desk sends after its transaction commits. */
    public static final Duration MAIL_WAIT = Duration.ofSeconds(10);

    private SurveyLinks() {
    }

    /**
     * Keeps the token of every survey as it goes out (the {@link SurveySent} event is the only place it exists), for
     * tests that answer surveys sent over any channel. Tests about the link itself read the mail instead.
     */
    public static class Recorder {

        private final Map<Long, String> tokens = new ConcurrentHashMap<>();

        @EventListener
        void sent(SurveySent sent) {
            tokens.put(sent.ticketId(), sent.token());
        }

        /** The token of the latest survey sent for the ticket. */
        public String tokenFor(Long ticketId) {
            String token = tokens.get(ticketId);
            if (token == null) {
                throw new AssertionError("no survey was sent for ticket " + ticketId);
            }
            return token;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        Recorder surveyLinkRecorder() {
            return new Recorder();
        }
    }

    /** The token of the latest survey link mailed to {@code address} (waits, bounded, for the mail to arrive). */
    public static String surveyToken(GreenMail mail, String address) {
        return token(mail, address, "/portal/survey/");
    }

    /** The token of the latest sign-in link mailed to {@code address}. */
    public static String signInToken(GreenMail mail, String address) {
        return token(mail, address, "/portal/enter/");
    }

    /** The token of the latest invitation or password link mailed to a colleague at {@code address}. */
    public static String passwordToken(GreenMail mail, String address) {
        return token(mail, address, "/account/password?token=");
    }

    /** The one-time chat code last mailed to {@code address} (a line of six digits of its own). */
    public static String chatCode(GreenMail mail, String address) {
        return await("a mail with a chat code to " + address).atMost(MAIL_WAIT)
                .until(() -> latest(mail, address, Pattern.compile("(?m)^\\s*(\\d{6})\\s*$")), Optional::isPresent)
                .orElseThrow();
    }

    /** The messages the desk sent to {@code address} so far. */
    public static List<Message> receivedBy(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).<Message>map(m -> m).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** A received message's text, decoded. */
    public static String text(Message m) {
        try {
            return m.getContent() instanceof String s ? s : GreenMailUtil.getBody(m).replace("=\r\n", "");
        } catch (java.io.IOException | MessagingException e) {
            return "";
        }
    }

    private static String token(GreenMail mail, String address, String path) {
        Pattern link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{16,})");
        return await("a mail with a " + path + " link to " + address).atMost(MAIL_WAIT)
                .until(() -> latest(mail, address, link), Optional::isPresent).orElseThrow();
    }

    private static Optional<String> latest(GreenMail mail, String address, Pattern link) {
        String found = null;
        for (Message m : receivedBy(mail, address)) {
            Matcher matcher = link.matcher(text(m));
            if (matcher.find()) {
                found = matcher.group(1);
            }
        }
        return Optional.ofNullable(found);
    }
}
