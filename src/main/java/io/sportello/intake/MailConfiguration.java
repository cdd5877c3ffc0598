package io.sportello.intake;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The support mailbox: an embedded GreenMail SMTP+IMAP server when {@code sportello.intake.mail.embedded} is set
 * (demo profile, tests — a real mail server, not a mock), otherwise the configured host.
 */
@Configuration
@EnableConfigurationProperties(IntakeProperties.class)
class MailConfiguration {

    static {
        // before any mail class loads in this JVM (the embedded server, the first message parsed)
        LenientMime.install();
    }


    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /** Where SMTP and IMAP actually listen, after an embedded server picked its ports. */
    record MailEndpoints(String host, int smtpPort, int imapPort, String username, String password, String folder) {
    }

    @Bean(destroyMethod = "stop")
    @ConditionalOnProperty(name = "sportello.intake.mail.embedded", havingValue = "true")
    GreenMail embeddedMailServer(IntakeProperties properties) {
        IntakeProperties.Mail mail = properties.mail();
        ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(mail.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        GreenMail server = new GreenMail(new ServerSetup[] {
                mail.smtpPort() == 0 ? smtp.dynamicPort() : smtp, mail.imapPort() == 0 ? imap.dynamicPort() : imap});
        server.start();
        server.setUser(mail.address(), mail.username(), mail.password());
        log.info("Embedded mail server: SMTP localhost:{}, IMAP localhost:{}, mailbox {}", server.getSmtp().getPort(),
                server.getImap().getPort(), mail.address());
        return server;
    }

    @Bean
    MailEndpoints mailEndpoints(IntakeProperties properties, ObjectProvider<GreenMail> embedded) {
        IntakeProperties.Mail mail = properties.mail();
        GreenMail server = mail.embedded() ? embedded.getObject() : null;
        return server != null
                ? new MailEndpoints("127.0.0.1", server.getSmtp().getPort(), server.getImap().getPort(), mail.username(),
                mail.password(), mail.folder())
                : new MailEndpoints(mail.host(), mail.smtpPort(), mail.imapPort(), mail.username(), mail.password(),
                mail.folder());
    }

    @Bean
    JavaMailSender javaMailSender(MailEndpoints endpoints, IntakeProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(endpoints.host());
        sender.setPort(endpoints.smtpPort());
        if (!properties.mail().embedded() && endpoints.password() != null) {
            sender.setUsername(endpoints.username());
            sender.setPassword(endpoints.password());
        }
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        if (!properties.mail().embedded()) {
            props.put("mail.smtp.auth", String.valueOf(endpoints.password() != null));
            // never send customers' mail in clear: no STARTTLS, no connection; and the certificate must name the host
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        sender.setJavaMailProperties(props);
        return sender;
    }
}
