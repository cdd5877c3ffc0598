package io.sportello.desk.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import io.sportello.workflow.WorkItemConflictException;
import io.sportello.workflow.WorkItemForbiddenException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures into {@code application/problem+json}: 400 names the field, 404 the missing thing,
 * 409 the broken rule ({@code rule}) and, for lost claim races, who won ({@code claimedBy}).
 */
@RestControllerAdvice(basePackages = "io.sportello")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final org.springframework.context.MessageSource texts;

    ApiExceptionHandler(org.springframework.context.MessageSource texts) {
        this.texts = texts;
    }

    /**
     * The refusal in the caller's language ({@code Accept-Language}) when the desk has a text for its code, otherwise
     * the server's own explanation; the code itself ({@code field}, {@code rule}) is always there for programs.
     */
    private String explained(String key, String fallback, Object... arguments) {
        return texts.getMessage(key, arguments.length == 0 ? null : arguments, fallback,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; ")));
        problem.setTitle(explained("problem.invalid", "Invalid request"));
        problem.setProperty("errors", errors);
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = null;
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? "The request body is missing or is not valid JSON"
                : "Field '" + field + "' has a value of the wrong type or an unknown value");
        problem.setTitle(explained("problem.unreadable", "Unreadable request"));
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "invalid value")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return field(ex.getName(), "Parameter '" + ex.getName() + "' has an invalid value: " + ex.getValue());
    }

    @ExceptionHandler(FieldException.class)
    ProblemDetail field(FieldException ex) {
        ProblemDetail problem = field(ex.field(), explained("error.field." + ex.field(), ex.getMessage()));
        problem.setProperty("reason", ex.getMessage());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegal(IllegalArgumentException ex) {
        String message = ex.getMessage() == null ? "Invalid request" : ex.getMessage();
        String field = message.contains(" ") ? message.substring(0, message.indexOf(' ')) : null;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(explained("problem.invalid", "Invalid request"));
        if (field != null && field.matches("[a-zA-Z.]+")) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle(explained("problem.notFound", ex.what() + " not found"));
        return problem;
    }

    @ExceptionHandler(WorkItemConflictException.class)
    ProblemDetail conflict(WorkItemConflictException ex) {
        ProblemDetail problem = rule(ex);
        if (ex.claimedBy() != null) {
            problem.setProperty("claimedBy", ex.claimedBy());
        }
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail rule(RuleViolationException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                explained("error.rule." + ex.rule(), ex.getMessage(), ex.arguments().toArray()));
        problem.setTitle(explained("error.rule", "Not allowed in the ticket's current state"));
        problem.setProperty("rule", ex.rule());
        if (!ex.arguments().isEmpty()) {
            problem.setProperty("arguments", ex.arguments());
        }
        problem.setProperty("reason", ex.getMessage());
        return problem;
    }

    @ExceptionHandler(io.sportello.workflow.ModelInvalidException.class)
    ProblemDetail invalidModel(io.sportello.workflow.ModelInvalidException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setTitle(explained("problem.modelInvalid", "The model was not deployed: it has problems"));
        problem.setProperty("field", "model");
        problem.setProperty("problems", ex.getProblems());
        return problem;
    }

    @ExceptionHandler(WorkItemForbiddenException.class)
    ProblemDetail forbidden(WorkItemForbiddenException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, explained(
                "NOT_ASSIGNEE".equals(ex.rule()) ? "error.notAssignee" : "error.notInGroup", ex.getMessage()));
        problem.setTitle(explained("problem.notYourTask", "Not your task"));
        problem.setProperty("rule", ex.rule());
        return problem;
    }

    @ExceptionHandler(io.sportello.desk.TicketForbiddenException.class)
    ProblemDetail forbidden(io.sportello.desk.TicketForbiddenException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                explained("error.rule." + ex.rule(), ex.getMessage()));
        problem.setTitle(explained("problem.notYours", "Not yours to change"));
        problem.setProperty("rule", ex.rule());
        return problem;
    }

    private ProblemDetail field(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(explained("problem.invalid", "Invalid request"));
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        return problem;
    }
}
