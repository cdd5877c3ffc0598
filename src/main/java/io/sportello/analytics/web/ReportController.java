package io.sportello.analytics.web;

import io.sportello.analytics.Comparison;
import io.sportello.analytics.DeskSnapshot;
import io.sportello.analytics.Dimension;
import io.sportello.analytics.Metrics;
import io.sportello.analytics.ReportFilter;
import io.sportello.analytics.ReportTables;
import io.sportello.analytics.Reports;
import io.sportello.analytics.SupervisorDashboard;
import io.sportello.shared.Channel;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.Tier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service metrics as JSON or CSV ({@code ?format=csv}), the same numbers the reports view shows; definitions in
 * {@code src/docs/metrics.md}. Every report takes {@code from}, {@code to} (ISO dates, both included) and optional
 * {@code channel}, {@code category}, {@code priority}, {@code tier}, {@code agent}.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Service metrics: first response, resolution, CSAT, SLA compliance, backlog, volume")
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class ReportController {

    record Criteria(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Channel channel, Category category, Priority priority, Tier tier, String agent) {

        ReportFilter filter() {
            return new ReportFilter(from, to, channel, category, priority, tier, agent);
        }
    }

    private final Reports reports;
    private final SupervisorDashboard dashboard;
    private final io.sportello.analytics.OrderContactsReport orders;

    ReportController(Reports reports, SupervisorDashboard dashboard, io.sportello.analytics.OrderContactsReport orders) {
        this.orders = orders;
        this.reports = reports;
        this.dashboard = dashboard;
    }

    @GetMapping("/orders")
    @Operation(summary = "Where is my order: WISMO rate by channel, contacts per 100 orders, parcel notices sent, WISMO "
            + "contacts per 100 shipped orders with and without a notice first, contacts saved")
    io.sportello.analytics.OrderContactsReport.Figures orders(Criteria criteria) {
        ReportFilter checked = criteria.filter(); // the period's rules (both days, from before to, at most two years)
        return orders.figures(checked.from(), checked.to(), criteria.channel());
    }

    @GetMapping("/summary")
    @Operation(summary = "All metrics of the period, and of the compared period (compare=PREVIOUS_PERIOD or YEAR_AGO)")
    ResponseEntity<?> summary(Criteria criteria, @RequestParam(defaultValue = "NONE") Comparison compare,
                              @RequestParam(required = false) String format) {
        Reports.Compared result = reports.compare(criteria.filter(), compare);
        List<Metrics> rows = new ArrayList<>();
        rows.add(result.current().withKey(criteria.from() + "/" + criteria.to()));
        if (result.previous() != null) {
            rows.add(result.previous().withKey(result.previousFrom() + "/" + result.previousTo()));
        }
        ReportTables.Table table = ReportTables.metrics("period", rows);
        if (csv(format)) {
            return file(table, "summary");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", criteria.from());
        body.put("to", criteria.to());
        body.put("comparison", compare);
        body.put("current", table.asMaps().get(0));
        if (result.previous() != null) {
            body.put("comparedFrom", result.previousFrom());
            body.put("comparedTo", result.previousTo());
            body.put("compared", table.asMaps().get(1));
        }
        return ResponseEntity.ok(body);
    }

    @GetMapping("/breakdown")
    @Operation(summary = "All metrics per channel, agent, tier, category or priority (by=…)")
    ResponseEntity<?> breakdown(Criteria criteria, @RequestParam Dimension by, @RequestParam(required = false) String format) {
        return answer(ReportTables.metrics(by.name().toLowerCase(), reports.breakdown(criteria.filter(), by)), format,
                "by-" + by.name().toLowerCase());
    }

    @GetMapping("/daily")
    @Operation(summary = "Per day: tickets created, resolved, first responses, median business first response, CSAT")
    ResponseEntity<?> daily(Criteria criteria, @RequestParam(required = false) String format) {
        return answer(ReportTables.daily(reports.daily(criteria.filter())), format, "daily");
    }

    @GetMapping("/volume-by-hour")
    @Operation(summary = "Tickets created per weekday (1 = Monday) and hour of day, in the desk's time zone")
    ResponseEntity<?> volumeByHour(Criteria criteria, @RequestParam(required = false) String format) {
        return answer(ReportTables.heatmap(reports.volumeByHour(criteria.filter())), format, "volume-by-hour");
    }

    @GetMapping("/backlog")
    @Operation(summary = "Open tickets now by age, optionally per dimension (the period is ignored, the other filters apply)")
    ResponseEntity<?> backlog(Criteria criteria, @RequestParam(required = false) Dimension by,
                              @RequestParam(required = false) String format) {
        LocalDate today = reports.today();
        ReportFilter filter = new ReportFilter(today, today, criteria.channel(), criteria.category(), criteria.priority(),
                criteria.tier(), criteria.agent());
        return answer(ReportTables.backlog(by == null ? "all" : by.name().toLowerCase(), reports.backlog(filter, by)),
                format, "backlog");
    }

    @GetMapping("/dashboard")
    @Operation(summary = "The desk now: open tickets per tier and status, SLA at risk within the hour, breached, "
            + "agents' open work, chats waiting")
    DeskSnapshot dashboard() {
        return dashboard.snapshot();
    }

    private static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw new IllegalArgumentException("format must be json or csv");
    }

    private static ResponseEntity<?> answer(ReportTables.Table table, String format, String name) {
        return csv(format) ? file(table, name) : ResponseEntity.ok(table.asMaps());
    }

    private static ResponseEntity<byte[]> file(ReportTables.Table table, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".csv").build().toString())
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(table.csv());
    }
}
