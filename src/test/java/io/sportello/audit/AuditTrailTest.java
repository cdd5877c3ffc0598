package io.sportello.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import io.sportello.audit.AuditEntry.Source;
import io.sportello.desk.OpenTicket;
import io.sportello.desk.TicketDesk;
import io.sportello.security.UserAccountService;
import io.sportello.shared.Actor;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.Tier;
import io.sportello.workflow.ProcessJobs;
import io.sportello.workflow.ProcessPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A scripted payment ticket (triaged to L2, claimed, answered, waiting for the customer, resumed, escalated to
 * L3 with a reason, resolved) tells its whole story in one timeline, in order; the search finds it by its
 * facts; the exports carry the same entries.
 */
class AuditTrailTest extends SportelloSpringTest {

    @Autowired
    TicketDesk desk;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuditTrail trail;
    @Autowired
    EvidenceExport export;
    @Autowired
    ProcessJobs jobs;

    record Expected(String what, Predicate<AuditEntry> matches) {
    }

    static Expected entry(String what, Source source, String type, Predicate<AuditEntry> more) {
        return new Expected(what, e -> e.source() == source && e.type().equals(type) && more.test(e));
    }

    static Predicate<AuditEntry> detail(String... parts) {
        return e -> e.detail() != null && List.of(parts).stream().allMatch(e.detail()::contains);
    }

    static Predicate<AuditEntry> where(String part) {
        return e -> e.element() != null && e.element().contains(part);
    }

    Ticket scriptedTicket() {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "audit-" + UUID.randomUUID() + "@esempio.it",
                "Carla Audit", "Addebito doppio", "Mi avete addebitato due volte l'ordine", Category.PAYMENT, null, "it",
                null, null), Actor.system()).ticket();
        clock.pin(rome("2026-11-23T09:20"));
        desk.claim(ticket.getNumber(), accounts.get("sara"));
        clock.pin(rome("2026-11-23T09:30"));
        desk.waitForCustomer(ticket.getNumber(), "Può inviarci la ricevuta dei due addebiti?", accounts.get("sara"));
        clock.pin(rome("2026-11-23T11:00"));
        desk.customerReply(ticket.getNumber(), Channel.EMAIL, "Ecco le ricevute", Actor.customer(ticket.getCustomerId(), "Carla"));
        jobs.runAsyncSteps();
        clock.pin(rome("2026-11-23T11:30"));
        desk.claim(ticket.getNumber(), accounts.get("sara"));
        desk.escalate(ticket.getNumber(), Tier.L3, "Anomalia del gateway di pagamento", accounts.get("sara"));
        clock.pin(rome("2026-11-23T14:00"));
        desk.claim(ticket.getNumber(), accounts.get("marco"));
        clock.pin(rome("2026-11-23T15:00"));
        desk.resolve(ticket.getNumber(), ResolutionCode.REFUNDED, "Rimborsato il secondo addebito", accounts.get("marco"));
        return ticket;
    }

    @Test
    void timelineOfAScriptedTicketHasEveryStepInOrder() {
        Ticket ticket = scriptedTicket();
        List<AuditEntry> timeline = trail.timeline(ticket.getNumber());

        List<Expected> expected = List.of(
                entry("ticket created", Source.TICKET, "CREATED", e -> true),
                entry("the message read: model version, confidences, the customer's category kept", Source.TICKET,
                        "UNDERSTOOD", detail("read by v1", "Payment", "%", "language Italian")),
                entry("customer's first message", Source.MESSAGE, "MESSAGE_IN", detail("addebitato due volte")),
                // same instant as the process start: the ticket's own records come first
                entry("SLA clock started", Source.SLA, "SLA_STARTED", e -> true),
                entry("lifecycle started", Source.PROCESS, "PROCESS_STARTED", where("ticket-lifecycle")),
                entry("triage decision with inputs, outputs and rule", Source.DECISION, "DECISION",
                        detail("Category=PAYMENT", "Sentiment=NEGATIVE", "Tier=L2", "rule: #3",
                                "Rule_ticket_triage_03")),
                entry("SLA targets decided", Source.DECISION, "DECISION", where("Task_SlaPolicy")),
                entry("L2 task waiting", Source.PROCESS, "ACTIVITY_STARTED", where("Task_HandleTicket")),
                entry("sara claims", Source.TASK, "TASK_ASSIGNMENT", detail("sara").and(e -> "sara".equals(e.actor()))),
                entry("reply to the customer", Source.MESSAGE, "MESSAGE_OUT", detail("ricevuta")),
                entry("SLA paused while waiting", Source.SLA, "SLA_PAUSED", e -> true),
                entry("customer answers", Source.MESSAGE, "MESSAGE_IN", detail("Ecco le ricevute")),
                entry("SLA resumed", Source.SLA, "SLA_RESUMED", e -> true),
                entry("escalation with its reason", Source.TICKET, "TIER_CHANGED",
                        detail("L2 → L3", "Anomalia del gateway di pagamento")),
                entry("L3 task waiting", Source.PROCESS, "ACTIVITY_STARTED", where("Task_HandleTicket")),
                entry("marco claims", Source.TASK, "TASK_ASSIGNMENT", detail("marco")),
                entry("resolved", Source.TICKET, "RESOLVED", e -> true));
        int from = 0;
        for (Expected x : expected) {
            int found = -1;
            for (int i = from; i < timeline.size(); i++) {
                if (x.matches().test(timeline.get(i))) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("'%s' after position %d in%n%s", x.what(), from, dump(timeline)).isGreaterThanOrEqualTo(0);
            from = found + 1;
        }
        assertThat(timeline).extracting(AuditEntry::source).contains(Source.VARIABLE, Source.OPERATION);
        assertThat(timeline).filteredOn(e -> e.source() == Source.OPERATION).extracting(AuditEntry::actor)
                .contains("sara", "marco");
        assertThat(timeline).extracting(AuditEntry::at).isSorted();
    }

    @Test
    void anItalianAuditorReadsTheDesksOwnRecordsInItalianOnScreenAndInTheEvidence() {
        Ticket ticket = scriptedTicket();
        List<String> details = trail.timeline(ticket.getNumber(), java.util.Locale.ITALIAN).stream()
                .filter(e -> e.source() == Source.TICKET || e.source() == Source.SLA).map(AuditEntry::detail)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(details).anyMatch(d -> d.contains("tramite E-mail")).anyMatch(d -> d.contains("il cliente ha risposto"))
                .anyMatch(d -> d.contains("min lavorativi")).anyMatch(d -> d.contains("in attesa del cliente"))
                .noneMatch(d -> d.contains("via ") || d.contains("customer replied") || d.contains("business min")
                        || d.contains("waiting for customer") || d.contains("skill"));
        assertThat(trail.timeline(ticket.getNumber(), java.util.Locale.ENGLISH)).extracting(AuditEntry::detail)
                .anyMatch(d -> d != null && d.contains("the customer replied"));
        String csv = new String(export.csv(List.of(ticket.getNumber()), java.util.Locale.ITALIAN),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("il cliente ha risposto").doesNotContain("customer replied");

        // the engine's steps of the desk's own models, by the names they ship with, told in Italian too
        List<AuditEntry> steps = trail.timeline(ticket.getNumber(), java.util.Locale.ITALIAN).stream()
                .filter(e -> e.source() == Source.PROCESS && e.element() != null).toList();
        assertThat(steps).extracting(AuditEntry::element).anyMatch(e -> e.contains("Smista il ticket (Task_Triage)"))
                .noneMatch(e -> e.contains("Triage ticket"));
        assertThat(steps).extracting(AuditEntry::detail).anyMatch(d -> d != null && d.contains("tabella decisionale"));
        assertThat(trail.timeline(ticket.getNumber(), java.util.Locale.ENGLISH)).extracting(AuditEntry::element)
                .anyMatch(e -> e != null && e.contains("Triage ticket (Task_Triage)"));
        List<String> engine = trail.timeline(ticket.getNumber(), java.util.Locale.ITALIAN).stream()
                .filter(e -> e.source() == Source.PROCESS || e.source() == Source.TASK || e.source() == Source.OPERATION)
                .map(AuditEntry::detail).filter(java.util.Objects::nonNull).toList();
        assertThat(engine).anyMatch(d -> d.contains("proposta al gruppo tier"))
                .anyMatch(d -> d.startsWith("Completata") || d.startsWith("Presa in carico"))
                .anyMatch(d -> d.contains("durata "))
                .noneMatch(d -> d.contains("duration ") || d.contains("add candidate") || d.startsWith("Complete"));
    }

    @Test
    void diagramPathsMarkWhatWasPassedAndWhereTheTicketWaits() {
        Ticket ticket = desk.open(new OpenTicket(Channel.EMAIL, "path-" + UUID.randomUUID() + "@esempio.it", "Dario",
                "Ordine sconosciuto", "Sulla carta c'è un ordine che non ho fatto io", Category.FRAUD, null, "it", null,
                null), Actor.system()).ticket();
        List<ProcessPath> paths = trail.paths(ticket.getNumber());
        assertThat(paths).extracting(ProcessPath::processKey).containsExactly("ticket-lifecycle", "tier-escalation");
        ProcessPath lifecycle = paths.get(0);
        assertThat(lifecycle.done()).contains("Task_Triage", "Task_StartSlaClocks");
        assertThat(lifecycle.current()).contains("CallActivity_TierHandling");
        assertThat(lifecycle.done()).anyMatch(id -> id.startsWith("Flow_"));
        assertThat(lifecycle.xml()).contains("ticket-lifecycle");
        assertThat(paths.get(1).current()).contains("Task_HandleTicket");
        assertThat(trail.layout(paths.get(1)).shapes()).anyMatch(s -> s.elementId().equals("Task_HandleTicket"));
    }

    @Test
    void searchFindsTicketsByTheirFactsAndExportsCarryTheTimeline() throws Exception {
        Ticket ticket = scriptedTicket();
        assertThat(trail.search(new AuditQuery(ticket.getNumber().toLowerCase(Locale.ROOT), null, null, null, null, null,
                null, null), Pageable.unpaged()).getContent()).extracting(Ticket::getNumber).containsExactly(ticket.getNumber());
        assertThat(numbers(new AuditQuery(null, "Carla Audit", "marco", MONDAY_9.atZone(ROME).toLocalDate(),
                MONDAY_9.atZone(ROME).toLocalDate(), java.util.Set.of(Category.PAYMENT),
                java.util.Set.of(ResolutionCode.REFUNDED), false))).contains(ticket.getNumber());
        assertThat(numbers(new AuditQuery(null, null, "marco", null, null, null, java.util.Set.of(ResolutionCode.DUPLICATE),
                null))).doesNotContain(ticket.getNumber());
        assertThat(numbers(new AuditQuery(null, null, null, null, null, null, null, true))).doesNotContain(ticket.getNumber());
        assertThat(numbers(new AuditQuery(null, null, "luca", null, null, null, null, null))).doesNotContain(ticket.getNumber());

        byte[] csv = export.csv(List.of(ticket.getNumber()), Locale.ENGLISH);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(rows).hasSize(trail.timeline(ticket.getNumber()).size());
        assertThat(rows).anyMatch(r -> r.get("Type code").equals("TIER_CHANGED") && r.get("Details").contains("Anomalia"));

        byte[] pdf = export.pdf(List.of(ticket.getNumber()), Locale.ITALIAN, "anna");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/evidence"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/evidence/" + ticket.getNumber() + ".pdf"), pdf);
        String text = pdfText(pdf);
        assertThat(text).contains(ticket.getNumber()).contains("Cronologia").contains("Anomalia del gateway di pagamento")
                .contains("Handle ticket");
    }

    List<String> numbers(AuditQuery query) {
        return trail.search(query, Pageable.unpaged()).map(Ticket::getNumber).getContent();
    }

    static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    static String dump(List<AuditEntry> timeline) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < timeline.size(); i++) {
            AuditEntry e = timeline.get(i);
            s.append(i).append(' ').append(e.at()).append(' ').append(e.source()).append(' ').append(e.type()).append(' ')
                    .append(e.element()).append(' ').append(e.actor()).append(" | ").append(e.detail()).append('\n');
        }
        return s.toString();
    }
}
