package io.sportello.intake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP (Jakarta Mail): IMAP IDLE when the server offers it (new mail arrives within
 * a second), polling every {@code poll-interval} otherwise. Each unread message is taken on its own: its raw MIME
 * source is fetched ({@code BODY.PEEK[]} — never the server's envelope or MIME structure, which servers fail to build
 * for odd messages), stored before it is interpreted, and only then marked as read. A message the server cannot
 * even hand over is recorded as a dead letter naming it (it stays in the mailbox) and marked as read, so one bad
 * message never stops the others and none disappears without a trace.
 */
@Component
@ConditionalOnProperty(name = "sportello.intake.mail.inbound", havingValue = "true")
class Mailbox implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);
    private static final int MAX_PER_POLL = 100;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(5);

    private final EmailIntake emails;
    private final IntakeProperties.Mail settings;
    private final MailConfiguration.MailEndpoints endpoints;
    private final MailSpool spool;
    private ThreadPoolTaskScheduler scheduler;
    private volatile boolean running;
    private volatile Store idleStore;

    Mailbox(EmailIntake emails, IntakeProperties properties, MailConfiguration.MailEndpoints endpoints,
            MailSpool spool) {
        this.emails = emails;
        this.settings = properties.mail();
        this.endpoints = endpoints;
        this.spool = spool;
    }

    /** Takes the unread mail now; returns how many messages were handed to intake (stored or kept as unreadable). */
    synchronized int pollNow() {
        try (Store store = connect()) {
            Folder folder = store.getFolder(endpoints.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                Message[] batch = Arrays.copyOf(unread, Math.min(unread.length, MAX_PER_POLL));
                for (Message message : batch) {
                    take(folder, message);
                }
                return batch.length;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("Reading mailbox {} failed: {}", settings.address(), e.getMessage());
            return 0;
        }
    }

    private void take(Folder folder, Message message) {
        byte[] raw;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            raw = out.toByteArray();
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            String which = folder.getFullName() + " #" + uid(folder, message);
            log.warn("Message {} of {} could not be fetched: {}", which, settings.address(), unreadable.getMessage());
            emails.unreadable(which, unreadable);
            markRead(message);
            return;
        }
        try {
            emails.receive(raw);
        } catch (RuntimeException storeFailed) {
            // the database did not take it: keep it on local disk until it does
            spool.keep(raw, storeFailed);
        }
        markRead(message);
    }

    private static String uid(Folder folder, Message message) {
        try {
            return folder instanceof UIDFolder uids ? "UID " + uids.getUID(message) : "message " + message.getMessageNumber();
        } catch (MessagingException e) {
            return "message " + message.getMessageNumber();
        }
    }

    private void markRead(Message message) {
        try {
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (MessagingException e) {
            // taken already: a second reading is recognised by its Message-ID (or checksum) and changes nothing
            log.warn("Could not mark a message of {} as read: {}", settings.address(), e.getMessage());
        }
    }

    @Override
    public void start() {
        boolean idle = settings.idle() && serverOffersIdle();
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("mailbox-");
        scheduler.setPoolSize(1);
        scheduler.initialize();
        running = true;
        scheduler.scheduleWithFixedDelay(idle ? this::idleSession : this::pollNow, idle ? RECONNECT_AFTER
                : settings.pollInterval());
        log.info("Reading {} by {}", settings.address(), idle ? "IMAP IDLE" : "polling every " + settings.pollInterval());
    }

    /** One IDLE connection: takes what is unread, then waits for new mail and takes it, until the connection ends. */
    private void idleSession() {
        try (Store store = connect(true)) {
            idleStore = store;
            IMAPFolder folder = (IMAPFolder) store.getFolder(endpoints.folder());
            folder.open(Folder.READ_ONLY);
            pollNow();
            while (running && folder.isOpen()) {
                folder.idle(true);
                pollNow();
            }
        } catch (MessagingException | RuntimeException e) {
            if (running) {
                log.warn("IMAP IDLE on {} ended ({}); reconnecting in {} s", settings.address(), e.getMessage(),
                        RECONNECT_AFTER.toSeconds());
            }
        } finally {
            idleStore = null;
        }
    }

    @Override
    public void stop() {
        running = false;
        Store store = idleStore;
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                log.debug("Closing the IDLE connection: {}", e.getMessage());
            }
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private Store connect() throws MessagingException {
        return connect(false);
    }

    private Store connect(boolean idle) throws MessagingException {
        Properties props = javaMailProperties();
        if (idle) {
            // an IDLE connection is quiet until mail arrives; servers end it after 30 minutes at the latest
            props.put("mail.imap.timeout", String.valueOf(Duration.ofMinutes(29).toMillis()));
        }
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(endpoints.host(), endpoints.imapPort(), endpoints.username(), endpoints.password());
        return store;
    }

    private boolean serverOffersIdle() {
        try (Store store = connect()) {
            return store instanceof IMAPStore imap && imap.hasCapability("IDLE");
        } catch (MessagingException e) {
            log.warn("Mailbox {} not reachable ({}); polling instead", settings.address(), e.getMessage());
            return false;
        }
    }

    private Properties javaMailProperties() {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "10000");
        props.put("mail.imap.timeout", "60000");
        // fetch without setting \Seen: a message is marked read only once it is stored
        props.put("mail.imap.peek", "true");
        if (!settings.embedded()) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
            props.put("mail.imap.ssl.checkserveridentity", "true");
        }
        return props;
    }
}
