package io.sportello.analytics.web;

import io.sportello.analytics.AgentResults;
import io.sportello.security.CurrentUser;
import io.sportello.shared.FieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An agent's own results beside their team's median: for the agent and supervisors only. */
@RestController
@Tag(name = "Reports")
class AgentResultsController {

    private final AgentResults results;
    private final CurrentUser currentUser;

    AgentResultsController(AgentResults results, CurrentUser currentUser) {
        this.results = results;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/agents/{username}/results")
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    @Operation(summary = "An agent's tickets, first-response and resolution times and CSAT answers with comments "
            + "over a period (default: the last 30 days), with the team's median. Agents read their own only.")
    AgentResults.Result results(@PathVariable String username, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        LocalDate end = to == null || to.isBlank() ? results.today() : date(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.minusDays(29) : date(from, "from");
        if (start.isAfter(end)) {
            throw new FieldException("from", "The period starts after it ends");
        }
        return results.of(currentUser.require(), username, start, end);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "Write the date as 2026-11-29 (was '" + text + "')");
        }
    }
}
