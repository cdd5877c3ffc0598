package io.sportello.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.mail.ImapIdleChannelAdapter;
import org.springframework.integration.mail.ImapMailReceiver;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.Message;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP with Spring Integration Mail: IMAP IDLE when the server offers it (new mail
 * arrives within a second), polling every {@code poll-interval} otherwise. Each message is handed over as its raw
 * MIME source, stored before it is interpreted; it is marked as read on the server by the receiver.
 */
@Component
@ConditionalOnProperty(name = "sportello.intake.mail.inbound", havingValue = "true")
class Mailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final EmailIntake emails;
    private final IntakeProperties.Mail settings;
    private final MailConfiguration.MailEndpoints endpoints;
    private final ImapMailReceiver receiver;
    private ImapIdleChannelAdapter idleAdapter;
    private ThreadPoolTaskScheduler scheduler;
    private volatile boolean running;

    private final BeanFactory beanFactory;
    private final MailSpool spool;

    Mailbox(EmailIntake emails, IntakeProperties properties, MailConfiguration.MailEndpoints endpoints,
            BeanFactory beanFactory, MailSpool spool) {
        this.spool = spool;
        this.beanFactory = beanFactory;
        this.emails = emails;
        this.settings = properties.mail();
        this.endpoints = endpoints;
        this.receiver = new ImapMailReceiver(url()) {
            @Override
            protected void fetchMessages(jakarta.mail.Message[] messages) throws MessagingException {
                // envelope and flags only: asking the server for the MIME structure (BODYSTRUCTURE) fails for
                // malformed messages, and one such message would block the whole mailbox; we read the raw source
                jakarta.mail.FetchProfile profile = new jakarta.mail.FetchProfile();
                profile.add(jakarta.mail.FetchProfile.Item.ENVELOPE);
                profile.add(jakarta.mail.FetchProfile.Item.FLAGS);
                getFolder().fetch(messages, profile);
            }
        };
        receiver.setMaxFetchSize(100);
        // copy the raw source only; rendering the content eagerly asks the server for the MIME structure
        receiver.setSimpleContent(true);
        receiver.setShouldMarkMessagesAsRead(true);
        receiver.setShouldDeleteMessages(false);
        receiver.setJavaMailProperties(javaMailProperties());
        receiver.setBeanFactory(beanFactory);
        receiver.afterPropertiesSet();
    }

    /** Fetches unread mail now; returns how many messages were handed to intake. */
    int pollNow() {
        try {
            Object[] messages = receiver.receive();
            for (Object message : messages) {
                accept((MimeMessage) message);
            }
            return messages.length;
        } catch (MessagingException e) {
            log.warn("Reading mailbox {} failed: {}", settings.address(), e.getMessage(), e);
            return 0;
        }
    }

    private void accept(MimeMessage message) {
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException | MessagingException e) {
            log.warn("A message in {} could not be read: {}", settings.address(), e.getMessage());
            return;
        }
        try {
            emails.receive(raw);
        } catch (RuntimeException storeFailed) {
            // the server already marked it read: keep it on local disk until the database takes it
            spool.keep(raw, storeFailed);
        }
    }

    @Override
    public void start() {
        boolean idle = settings.idle() && serverOffersIdle();
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("mailbox-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        if (idle) {
            DirectChannel channel = new DirectChannel();
            channel.subscribe(this::accept);
            idleAdapter = new ImapIdleChannelAdapter(receiver);
            idleAdapter.setOutputChannel(channel);
            idleAdapter.setTaskScheduler(scheduler);
            idleAdapter.setBeanFactory(beanFactory);
            idleAdapter.afterPropertiesSet();
            idleAdapter.start();
        } else {
            scheduler.scheduleWithFixedDelay(this::pollNow, settings.pollInterval());
        }
        running = true;
        log.info("Reading {} by {}", settings.address(), idle ? "IMAP IDLE" : "polling every " + settings.pollInterval());
    }

    private void accept(Message<?> message) {
        accept((MimeMessage) message.getPayload());
    }

    @Override
    public void stop() {
        if (idleAdapter != null) {
            idleAdapter.stop();
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private boolean serverOffersIdle() {
        Session session = Session.getInstance(javaMailProperties());
        try (Store store = session.getStore("imap")) {
            store.connect(endpoints.host(), endpoints.imapPort(), endpoints.username(), endpoints.password());
            return store instanceof org.eclipse.angus.mail.imap.IMAPStore imap && imap.hasCapability("IDLE");
        } catch (MessagingException e) {
            log.warn("Mailbox {} not reachable ({}); polling instead", settings.address(), e.getMessage());
            return false;
        }
    }

    private String url() {
        return "imap://" + enc(endpoints.username()) + ":" + enc(endpoints.password() == null ? "" : endpoints.password())
                + "@" + endpoints.host() + ":" + endpoints.imapPort() + "/" + endpoints.folder();
    }

    private Properties javaMailProperties() {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "10000");
        props.put("mail.imap.timeout", "60000");
        props.put("mail.imap.peek", "true");
        if (!settings.embedded()) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
            props.put("mail.imap.ssl.checkserveridentity", "true");
        }
        return props;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
