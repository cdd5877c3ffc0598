package io.sportello.knowledge.web;

import io.sportello.knowledge.KnowledgeReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base's figures for a period, for supervisors and administrators (the reports' rule). */
@RestController
@RequestMapping("/api/v1/reports")
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
@Tag(name = "Reports")
class KnowledgeReportController {

    private final KnowledgeReport report;

    KnowledgeReportController(KnowledgeReport report) {
        this.report = report;
    }

    @GetMapping("/knowledge")
    @Operation(summary = "Knowledge base: searches and those without results (the most frequent), deflections by "
            + "channel, was-this-helpful answers per article, most read articles")
    KnowledgeReport.Figures knowledge(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return report.figures(from, to);
    }
}
