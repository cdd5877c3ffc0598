package io.sportello.audit;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.sportello.customer.Customer;
import io.sportello.ticket.Ticket;
import io.sportello.workflow.DiagramLayout;
import io.sportello.workflow.ProcessPath;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.sportello.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for one ticket or a filtered set: CSV (one row per timeline entry, with the ticket number) and PDF
 * (per ticket: its facts, the whole timeline, and the diagram of each process version it ran under with the path
 * taken and the current position marked). Labels follow the reader's language; values are as recorded.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceExport {

    /** A filtered export covers at most this many tickets (newest first); narrow the filter for more. */
    public static final int MAX_TICKETS = 200;

    private static final Color DONE = new Color(46, 125, 50);
    private static final Color DONE_FILL = new Color(227, 244, 232);
    private static final Color CURRENT = new Color(230, 81, 0);
    private static final Color CURRENT_FILL = new Color(255, 243, 205);
    private static final Color LINE = new Color(80, 80, 80);

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;

    EvidenceExport(AuditTrail trail, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
    }

    public void csv(List<String> ticketNumbers, Locale locale, OutputStream out) {
        DateTimeFormatter when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(trail.zone());
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // spreadsheet programs then read UTF-8
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                    t("audit.col.ticket", locale), t("audit.col.when", locale), t("audit.col.source", locale),
                    t("audit.col.type", locale), t("audit.col.what", locale), t("audit.col.where", locale),
                    t("audit.col.who", locale), t("audit.col.detail", locale)).get());
            for (String number : ticketNumbers) {
                for (AuditEntry e : trail.timeline(number, locale)) {
                    csv.printRecord(SpreadsheetCells.row(java.util.Arrays.asList(number,
                            e.at() == null ? "" : when.format(e.at()), e.source().name(), e.type(),
                            t("audit.type." + e.type(), locale), e.element(), e.actor(), e.detail())));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] csv(List<String> ticketNumbers, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(ticketNumbers, locale, out);
        return out.toByteArray();
    }

    public byte[] pdf(List<String> ticketNumbers, Locale locale, String requestedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(t("audit.pdf.title", locale));
            document.addCreator("Sportello");
            document.open();
            Font h1 = font(16, Font.BOLD);
            Font small = font(8, Font.NORMAL);
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(trail.zone());
            document.add(new Paragraph(t("audit.pdf.generated", locale, when.format(clock.instant()), requestedBy,
                    ticketNumbers.size()), small));
            boolean first = true;
            for (String number : ticketNumbers) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                Ticket ticket = trail.ticket(number);
                document.add(new Paragraph(number + " — " + ticket.getSubject(), h1));
                document.add(facts(ticket, trail.customerOf(ticket), locale, when));
                document.add(new Paragraph(t("audit.timeline", locale), font(12, Font.BOLD)));
                document.add(timeline(trail.timeline(number, locale), locale, when));
                for (ProcessPath path : trail.paths(number)) {
                    document.newPage();
                    document.add(new Paragraph(t("audit.pdf.diagram", locale, path.processName() != null
                            ? path.processName() : path.processKey(), path.version(), path.processInstanceId()), h1));
                    document.add(new Paragraph(t("audit.pdf.legend", locale), small));
                    diagram(writer, document, trail.layout(path), path);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The numbers of the tickets a query finds, newest first, at most {@link #MAX_TICKETS}. */
    public List<String> numbers(AuditQuery query) {
        return trail.search(query, PageRequest.of(0, MAX_TICKETS, Sort.by(Sort.Direction.DESC, "createdAt")))
                .map(Ticket::getNumber).getContent();
    }

    private PdfPTable facts(Ticket ticket, Customer customer, Locale locale, DateTimeFormatter when) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("audit.fact.customer", locale), customer == null ? "-"
                : customer.getDisplayName() + (customer.getEmail() != null ? " <" + customer.getEmail() + ">" : "")});
        rows.add(new String[] {t("audit.fact.channel", locale), ticket.getChannel().name()});
        rows.add(new String[] {t("audit.fact.category", locale), ticket.getCategory().name()});
        rows.add(new String[] {t("audit.fact.priority", locale), String.valueOf(ticket.getPriority())});
        rows.add(new String[] {t("audit.fact.tier", locale), String.valueOf(ticket.getTier())});
        rows.add(new String[] {t("audit.fact.status", locale), ticket.getStatus().name()});
        rows.add(new String[] {t("audit.fact.assignee", locale), ticket.getAssignee() == null ? "-" : ticket.getAssignee()});
        rows.add(new String[] {t("audit.fact.outcome", locale), ticket.getResolutionCode() == null ? "-"
                : ticket.getResolutionCode().name()});
        rows.add(new String[] {t("audit.fact.created", locale), format(when, ticket.getCreatedAt())});
        rows.add(new String[] {t("audit.fact.firstResponse", locale), format(when, ticket.getFirstResponseAt())
                + " (" + t("audit.fact.due", locale) + " " + format(when, ticket.getFirstResponseDue()) + ")"});
        rows.add(new String[] {t("audit.fact.resolved", locale), format(when, ticket.getResolvedAt())
                + " (" + t("audit.fact.due", locale) + " " + format(when, ticket.getResolutionDue()) + ")"});
        rows.add(new String[] {t("audit.fact.slaBreached", locale), t(ticket.isSlaBreached() ? "audit.yes" : "audit.no", locale)});
        Font label = font(9, Font.BOLD);
        Font value = font(9, Font.NORMAL);
        for (String[] row : rows) {
            table.addCell(cell(row[0], label, null));
            table.addCell(cell(row[1], value, null));
        }
        return table;
    }

    private PdfPTable timeline(List<AuditEntry> entries, Locale locale, DateTimeFormatter when) {
        PdfPTable table = new PdfPTable(new float[] {11, 7, 13, 19, 12, 38});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = font(8, Font.BOLD);
        Font body = font(7, Font.NORMAL);
        Color shade = new Color(235, 235, 235);
        for (String key : List.of("audit.col.when", "audit.col.source", "audit.col.what", "audit.col.where",
                "audit.col.who", "audit.col.detail")) {
            table.addCell(cell(t(key, locale), head, shade));
        }
        for (AuditEntry e : entries) {
            table.addCell(cell(format(when, e.at()), body, null));
            table.addCell(cell(t("audit.source." + e.source().name(), locale), body, null));
            table.addCell(cell(t("audit.type." + e.type(), locale), body, null));
            table.addCell(cell(e.element(), body, null));
            table.addCell(cell(e.actor(), body, null));
            table.addCell(cell(e.detail(), body, null));
        }
        return table;
    }

    /** Draws the model from its diagram interchange coordinates, scaled to the page, with the path marked. */
    private void diagram(PdfWriter writer, Document document, DiagramLayout layout, ProcessPath path) {
        if (layout.shapes().isEmpty()) {
            return;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (DiagramLayout.Shape s : layout.shapes()) {
            minX = Math.min(minX, s.x());
            minY = Math.min(minY, s.y());
            maxX = Math.max(maxX, s.x() + s.width());
            maxY = Math.max(maxY, s.y() + s.height());
        }
        for (DiagramLayout.Edge e : layout.edges()) {
            for (DiagramLayout.Point p : e.waypoints()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        Rectangle page = document.getPageSize();
        float top = writer.getVerticalPosition(true) - 10;
        float areaW = page.getWidth() - document.leftMargin() - document.rightMargin();
        float areaH = top - document.bottomMargin();
        double scale = Math.min(1.0, Math.min(areaW / (maxX - minX + 20), areaH / (maxY - minY + 20)));
        double ox = document.leftMargin() + 10 * scale;
        double offX = minX, offY = minY;
        PdfContentByte cb = writer.getDirectContent();
        BaseFont base = baseFont();
        java.util.function.DoubleUnaryOperator px = x -> ox + (x - offX) * scale;
        java.util.function.DoubleUnaryOperator py = y -> top - 10 * scale - (y - offY) * scale;

        for (DiagramLayout.Edge edge : layout.edges()) {
            if (edge.waypoints().size() < 2) {
                continue;
            }
            boolean done = path.done().contains(edge.elementId());
            cb.setColorStroke(done ? DONE : LINE);
            cb.setLineWidth(done ? 1.6f : 0.6f);
            DiagramLayout.Point p0 = edge.waypoints().get(0);
            cb.moveTo((float) px.applyAsDouble(p0.x()), (float) py.applyAsDouble(p0.y()));
            for (DiagramLayout.Point p : edge.waypoints().subList(1, edge.waypoints().size())) {
                cb.lineTo((float) px.applyAsDouble(p.x()), (float) py.applyAsDouble(p.y()));
            }
            cb.stroke();
        }
        for (DiagramLayout.Shape s : layout.shapes()) {
            boolean current = path.current().contains(s.elementId());
            boolean done = path.done().contains(s.elementId());
            float x = (float) px.applyAsDouble(s.x());
            float y = (float) py.applyAsDouble(s.y() + s.height());
            float w = (float) (s.width() * scale);
            float h = (float) (s.height() * scale);
            Color stroke = current ? CURRENT : done ? DONE : LINE;
            Color fill = current ? CURRENT_FILL : done ? DONE_FILL : Color.WHITE;
            cb.setColorStroke(stroke);
            cb.setColorFill(fill);
            cb.setLineWidth(current ? 2.2f : done ? 1.4f : 0.7f);
            switch (s.kind()) {
                case EVENT -> cb.circle(x + w / 2, y + h / 2, Math.min(w, h) / 2);
                case GATEWAY -> {
                    cb.moveTo(x + w / 2, y);
                    cb.lineTo(x + w, y + h / 2);
                    cb.lineTo(x + w / 2, y + h);
                    cb.lineTo(x, y + h / 2);
                    cb.closePath();
                }
                case TASK, SUBPROCESS -> cb.roundRectangle(x, y, w, h, (float) (8 * scale));
                default -> cb.rectangle(x, y, w, h);
            }
            if (s.kind() == DiagramLayout.ShapeKind.SUBPROCESS) {
                cb.stroke();
            } else {
                cb.fillStroke();
            }
            if (s.name() != null && !s.name().isBlank()) {
                float size = (float) Math.max(4.5, 9 * scale);
                cb.beginText();
                cb.setFontAndSize(base, size);
                cb.setColorFill(Color.BLACK);
                if (s.kind() == DiagramLayout.ShapeKind.TASK) {
                    List<String> lines = wrap(s.name(), base, size, w - 4);
                    float lineY = y + h / 2 + (lines.size() - 1) * size / 2 - size / 3;
                    for (String line : lines) {
                        cb.showTextAligned(Element.ALIGN_CENTER, line, x + w / 2, lineY, 0);
                        lineY -= size;
                    }
                } else if (s.kind() == DiagramLayout.ShapeKind.SUBPROCESS) {
                    cb.showTextAligned(Element.ALIGN_LEFT, s.name(), x + 4, y + h - size - 2, 0);
                } else {
                    cb.showTextAligned(Element.ALIGN_CENTER, s.name(), x + w / 2, y - size - 1, 0);
                }
                cb.endText();
            }
        }
        // keep the text flow below the drawing
        document.add(new Chunk(""));
    }

    private static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getWidthPoint(candidate, size) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text.replace("→", "->").replace("·", "-"), font));
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style);
    }

    private static BaseFont baseFont() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(DateTimeFormatter when, Instant at) {
        return at == null ? "-" : when.format(at);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
