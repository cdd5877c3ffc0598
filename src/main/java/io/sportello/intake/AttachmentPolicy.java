package io.sportello.intake;

import io.sportello.ticket.Attachment;
import io.sportello.ticket.AttachmentStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides which files a customer sent are kept: at most {@code max-count} files of at most {@code max-size} each,
 * of a type on the allow-list as detected from the bytes by Apache Tika (a renamed executable stays an executable).
 * Accepted files are stored under random keys; refused ones are reported with the reason (the raw message, files
 * included, stays in the inbound store).
 */
@Component
class AttachmentPolicy {

    private static final Tika TIKA = new Tika();

    private final IntakeProperties.Attachments limits;
    private final AttachmentStore store;

    AttachmentPolicy(IntakeProperties properties, AttachmentStore store) {
        this.limits = properties.attachments();
        this.store = store;
    }

    record Checked(List<Attachment> accepted, List<String> refused) {
    }

    Checked check(List<ParsedEmail.RawAttachment> files) {
        List<Attachment> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ParsedEmail.RawAttachment file : files) {
            String name = file.fileName();
            if (accepted.size() >= limits.maxCount()) {
                refused.add(name + ": more than " + limits.maxCount() + " files");
                continue;
            }
            if (file.content().length > limits.maxSize().toBytes()) {
                refused.add(name + ": " + (file.content().length / 1024) + " KB is over the limit of "
                        + limits.maxSize().toKilobytes() + " KB");
                continue;
            }
            String type = detect(file.content());
            if (!limits.allowedTypes().contains(type)) {
                refused.add(name + ": type " + type + " is not accepted");
                continue;
            }
            accepted.add(new Attachment(name, type, file.content().length, store.store(file.content())));
        }
        return new Checked(accepted, refused);
    }

    static String detect(byte[] content) {
        return TIKA.detect(content).toLowerCase(Locale.ROOT);
    }
}
