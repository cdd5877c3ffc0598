package io.sportello.intake;

import io.sportello.shared.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.time.Clock;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail out by SMTP: our fixed Message-ID, threading headers ({@code In-Reply-To}, {@code References}), the ticket
 * number in the subject, and {@code Auto-Submitted} on automatic notices so that well-behaved servers never answer them.
 */
@Component
class SmtpSender implements ChannelSender {

    private final JavaMailSender mailSender;
    private final IntakeProperties.Mail mail;
    private final Clock clock;

    SmtpSender(JavaMailSender mailSender, IntakeProperties properties, Clock clock) {
        this.mailSender = mailSender;
        this.mail = properties.mail();
        this.clock = clock;
    }

    @Override
    public boolean sends(Channel channel) {
        return channel == Channel.EMAIL || channel == Channel.WEB_FORM;
    }

    @Override
    public String send(OutboundDelivery d) throws MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(((JavaMailSenderImpl) mailSender).getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", d.getInternetMessageId());
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(new InternetAddress(mail.address(), mail.displayName(), "UTF-8"));
        helper.setTo(d.getRecipient());
        helper.setSubject(d.getSubject());
        helper.setText(d.deliverableText(), false);
        helper.setSentDate(Date.from(clock.instant()));
        if (d.getInReplyTo() != null) {
            message.setHeader("In-Reply-To", d.getInReplyTo());
        }
        if (d.getRefs() != null && !d.getRefs().isBlank()) {
            message.setHeader("References", d.getRefs());
        }
        if (d.getKind() != OutboundDelivery.Kind.REPLY) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        // ask out-of-office responders not to answer our mails (loop protection on their side)
        message.setHeader("X-Auto-Response-Suppress", "All");
        mailSender.send(message);
        return d.getInternetMessageId();
    }
}
