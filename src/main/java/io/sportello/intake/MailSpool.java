package io.sportello.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Last line of "nothing lost" for e-mail: a message read from the mailbox (and so marked read there) that could not be
 * stored because the database was unavailable is written to a local spool directory and handed to intake again by
 * the background sweep. Deduplication by Message-ID makes a repeat harmless.
 */
@Component
class MailSpool {

    private static final Logger log = LoggerFactory.getLogger(MailSpool.class);

    private final Path dir;
    private final EmailIntake emails;

    MailSpool(@Value("${sportello.intake.mail.spool-dir:./data/mail-spool}") Path dir, EmailIntake emails) {
        this.dir = dir.toAbsolutePath().normalize();
        this.emails = emails;
    }

    void keep(byte[] raw, RuntimeException why) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(EmailIntake.sha256(raw) + ".eml");
            Files.write(file, raw);
            log.error("A mail could not be stored ({}); kept in {} for a later retry", why.getMessage(), file);
        } catch (IOException e) {
            log.error("A mail could not be stored ({}) nor spooled ({}); it stays, read, in the mailbox", why.getMessage(),
                    e.getMessage());
        }
    }

    /** Hands spooled mail to intake again; returns how many were taken. */
    int retry() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int taken = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.eml")) {
            for (Path file : files) {
                try {
                    emails.receive(Files.readAllBytes(file));
                    Files.delete(file);
                    taken++;
                } catch (RuntimeException stillFailing) {
                    log.warn("Spooled mail {} still cannot be stored: {}", file.getFileName(), stillFailing.getMessage());
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return taken;
    }
}
