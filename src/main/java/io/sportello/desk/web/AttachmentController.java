package io.sportello.desk.web;

import io.sportello.desk.TicketAccess;
import io.sportello.security.CurrentUser;
import io.sportello.shared.NotFoundException;
import io.sportello.ticket.Attachment;
import io.sportello.ticket.AttachmentStore;
import io.sportello.ticket.TicketService;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attachment downloads: always as a download ({@code Content-Disposition: attachment}), as opaque bytes, with
 * {@code X-Content-Type-Options: nosniff}, so that no file a customer sent is ever rendered by the browser.
 */
@RestController
@PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
class AttachmentController {

    private final TicketService tickets;
    private final AttachmentStore store;

    private final TicketAccess access;
    private final CurrentUser currentUser;

    AttachmentController(TicketService tickets, AttachmentStore store, TicketAccess access, CurrentUser currentUser) {
        this.tickets = tickets;
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/attachments/{key}")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
    ResponseEntity<InputStreamResource> download(@PathVariable String key) {
        Attachment attachment = tickets.messageWithAttachment(key)
                // an attachment goes with its ticket: whoever may not read the ticket is told it does not exist
                .filter(m -> access.canRead(tickets.get(m.getTicketId()), currentUser.require()))
                .flatMap(m -> m.getAttachments().stream().filter(a -> a.storageKey().equals(key)).findFirst())
                .orElseThrow(() -> new NotFoundException("Attachment", key));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(store.open(key)));
    }
}
