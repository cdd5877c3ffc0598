package io.sportello.intake;

import java.util.List;

/** What an e-mail says once its MIME structure has been read. */
record ParsedEmail(String messageId, String inReplyTo, List<String> references, String fromAddress, String fromName,
                   String subject, String text, String html, String language, List<RawAttachment> attachments,
                   String loopReason) {

    /** A file as it came in, before the attachment policy looked at it. */
    record RawAttachment(String fileName, byte[] content) {
    }
}
