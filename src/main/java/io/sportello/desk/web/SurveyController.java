package io.sportello.desk.web;

import io.sportello.desk.TicketDesk;
import io.sportello.desk.web.ApiDtos.SurveyAnswerRequest;
import io.sportello.desk.web.ApiDtos.SurveyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "CSAT", description = "Customer satisfaction answers")
class SurveyController {

    private final TicketDesk desk;

    SurveyController(TicketDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/{token}/answer")
    @PreAuthorize("hasRole('CUSTOMER')")
    @Operation(summary = "Answer a CSAT survey (score 1–5) with the token from the survey link: customers only")
    SurveyView answer(@PathVariable String token, @Valid @RequestBody SurveyAnswerRequest body) {
        return SurveyView.of(desk.answerSurvey(token, body.score(), body.comment()));
    }
}
