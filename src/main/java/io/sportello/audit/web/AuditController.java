package io.sportello.audit.web;

import io.sportello.audit.AuditEntry;
import io.sportello.audit.AuditQuery;
import io.sportello.audit.AuditTrail;
import io.sportello.audit.EvidenceExport;
import io.sportello.security.CurrentUser;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only audit API: search tickets, read a ticket's merged timeline, export evidence as CSV or PDF.
 * There is no call here (or anywhere) that changes or deletes an audit entry.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Ticket search, timelines and evidence exports for auditors (read-only)")
@PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
class AuditController {

    /** The search criteria as query parameters: {@code ?number=&customer=&agent=&from=&to=&category=&outcome=&slaBreached=}. */
    record Criteria(String number, String customer, String agent,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Set<Category> category, Set<ResolutionCode> outcome, Boolean slaBreached) {

        AuditQuery query() {
            return new AuditQuery(number, customer, agent, from, to, category, outcome, slaBreached);
        }
    }

    record TicketRow(String number, String subject, String status, String category, String channel, String assignee,
                     String outcome, boolean slaBreached, java.time.Instant createdAt) {
    }

    private final AuditTrail trail;
    private final EvidenceExport export;
    private final CurrentUser currentUser;

    AuditController(AuditTrail trail, EvidenceExport export, CurrentUser currentUser) {
        this.trail = trail;
        this.export = export;
        this.currentUser = currentUser;
    }

    @GetMapping("/tickets")
    @Operation(summary = "Search tickets by number, customer, agent, creation dates, category, outcome, SLA breached")
    Page<TicketRow> search(Criteria criteria, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        AuditQuery q = criteria.query();
        return trail.search(q, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Direction.DESC, "createdAt")))
                .map(t -> new TicketRow(t.getNumber(), t.getSubject(), t.getStatus().name(), t.getCategory().name(),
                        t.getChannel().name(), t.getAssignee(), t.getResolutionCode() == null ? null
                        : t.getResolutionCode().name(), t.isSlaBreached(), t.getCreatedAt()));
    }

    @GetMapping("/tickets/{number}/timeline")
    @Operation(summary = "One ticket's whole story: ticket history, SLA clock, messages, process activities, "
            + "assignments, decisions, variable changes, user operations, migrations")
    List<AuditEntry> timeline(@PathVariable String number) {
        return trail.timeline(number, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @GetMapping("/tickets/{number}/evidence.csv")
    ResponseEntity<byte[]> csv(@PathVariable String number, Locale locale) {
        trail.ticket(number);
        return file(export.csv(List.of(number), locale), "text/csv;charset=UTF-8", number + "-evidence.csv");
    }

    @GetMapping("/tickets/{number}/evidence.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, Locale locale) {
        trail.ticket(number);
        return file(export.pdf(List.of(number), locale, currentUser.require().getUsername()),
                MediaType.APPLICATION_PDF_VALUE, number + "-evidence.pdf");
    }

    @GetMapping("/evidence.csv")
    @Operation(summary = "Evidence of a filtered set (at most " + EvidenceExport.MAX_TICKETS + " tickets, newest first)")
    ResponseEntity<byte[]> csvSet(Criteria criteria, Locale locale) {
        AuditQuery q = criteria.query();
        return file(export.csv(export.numbers(q), locale), "text/csv;charset=UTF-8", "evidence.csv");
    }

    @GetMapping("/evidence.pdf")
    ResponseEntity<byte[]> pdfSet(Criteria criteria, Locale locale) {
        AuditQuery q = criteria.query();
        return file(export.pdf(export.numbers(q), locale, currentUser.require().getUsername()),
                MediaType.APPLICATION_PDF_VALUE, "evidence.pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(type)).body(body);
    }
}
