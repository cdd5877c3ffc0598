package io.sportello;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import io.sportello.survey.SurveySent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret of a survey or sign-in link as the customer finds it: in the mail the desk sent them, received by the
 * embedded mail server. The desk keeps no other copy of it.
 */
public final class SurveyLinks {

    private static final long WAIT_NANOS = 10_000_000_000L;

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

    private static String token(GreenMail mail, String address, String path) {
        Pattern link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{16,})");
        long started = System.nanoTime();
        while (true) {
            Optional<String> found = latest(mail, address, link);
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - started > WAIT_NANOS) {
                throw new AssertionError("no mail with a " + path + " link reached " + address);
            }
            mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
        }
    }

    private static String text(Message m) {
        try {
            return m.getContent() instanceof String s ? s : GreenMailUtil.getBody(m).replace("=\r\n", "");
        } catch (java.io.IOException | MessagingException e) {
            return "";
        }
    }

    private static Optional<String> latest(GreenMail mail, String address, Pattern link) {
        String found = null;
        for (Message m : mail.getReceivedMessages()) {
            try {
                if (Arrays.stream(m.getAllRecipients()).noneMatch(a -> a.toString().equalsIgnoreCase(address))) {
                    continue;
                }
            } catch (MessagingException e) {
                continue;
            }
            Matcher matcher = link.matcher(text(m));
            if (matcher.find()) {
                found = matcher.group(1);
            }
        }
        return Optional.ofNullable(found);
    }
}
