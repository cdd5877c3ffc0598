package io.sportello.intake;

import io.sportello.ticket.Attachment;
import io.sportello.ticket.AttachmentCheck;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides which files a customer sent are kept, with the desk's one {@link AttachmentCheck} and the limits configured
 * for customers' files ({@code sportello.intake.attachments}). Refused ones are reported with the reason (the raw
 * message, files included, stays in the inbound store).
 */
@Component
class AttachmentPolicy {

    private final AttachmentCheck.Limits limits;
    private final AttachmentCheck check;

    AttachmentPolicy(IntakeProperties properties, AttachmentCheck check) {
        IntakeProperties.Attachments configured = properties.attachments();
        this.limits = new AttachmentCheck.Limits(configured.maxSize(), configured.maxCount(), configured.allowedTypes());
        this.check = check;
    }

    record Checked(List<Attachment> accepted, List<String> refused) {
    }

    Checked check(List<ParsedEmail.RawAttachment> files) {
        AttachmentCheck.Checked checked = check.check(files.stream()
                .map(f -> new AttachmentCheck.Upload(f.fileName(), f.content())).toList(), limits, 0);
        return new Checked(checked.accepted(), checked.reasons());
    }
}
