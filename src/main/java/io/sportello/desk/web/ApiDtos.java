package io.sportello.desk.web;

import io.sportello.shared.Channel;
import io.sportello.sla.SlaClock;
import io.sportello.sla.SlaSegment;
import io.sportello.survey.Survey;
import io.sportello.ticket.Category;
import io.sportello.ticket.Priority;
import io.sportello.ticket.ResolutionCode;
import io.sportello.ticket.Sentiment;
import io.sportello.ticket.Ticket;
import io.sportello.ticket.TicketEvent;
import io.sportello.ticket.TicketMessage;
import io.sportello.ticket.Tier;
import io.sportello.workflow.Outcome;
import io.sportello.workflow.WorkItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the REST API. */
final class ApiDtos {

    private ApiDtos() {
    }

    record CustomerRef(@Email String email, @Size(max = 40) String phone, @Size(max = 200) String handle,
                       @Size(max = 200) String name) {
    }

    record CreateTicketRequest(@NotNull Channel channel, @NotNull @Valid CustomerRef customer,
                               @NotBlank @Size(max = 300) String subject, @NotBlank @Size(max = 100_000) String message,
                               Category category, @Size(max = 64) String orderNumber, @Size(max = 8) String language,
                               Sentiment sentiment, @Size(max = 200) String idempotencyKey) {
    }

    enum MessageType { CUSTOMER_REPLY, AGENT_REPLY, INTERNAL_NOTE }

    record PostMessageRequest(@NotNull MessageType type, @NotBlank @Size(max = 100_000) String text, Channel channel) {
    }

    record CallRequest(Boolean inbound, @Min(0) @Max(600) int minutes, @NotBlank @Size(max = 20_000) String notes) {
    }

    record NewCallRequest(@NotBlank @Size(max = 40) String phone, @Size(max = 200) String callerName,
                          @Size(max = 200) String subject, Boolean inbound, @Min(0) @Max(600) int minutes,
                          @NotBlank @Size(max = 20_000) String notes, Category category, @Size(max = 64) String orderNumber) {
    }

    record MergeRequest(@NotNull Long into) {
    }

    record EscalateRequest(Tier tier, @NotBlank @Size(max = 2000) String reason) {
    }

    record PendRequest(@Size(max = 100_000) String message) {
    }

    record ResolveRequest(@NotNull ResolutionCode code, @Size(max = 4000) String summary) {
    }

    /** A person's correction of what triage starts from; while the ticket is worked, triage runs again. */
    record UpdateTicketRequest(Priority priority, Category category,
                               @jakarta.validation.constraints.Pattern(regexp = "[a-zA-Z]{2}") String language,
                               @Size(max = 2000) String reason) {
    }

    /** The check of a reading the desk was not sure of. */
    record TriageCheckRequest(@NotNull Category category,
                              @jakarta.validation.constraints.Pattern(regexp = "[a-zA-Z]{2}") String language,
                              Priority priority) {
    }

    record SurveyAnswerRequest(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 4000) String comment) {
    }

    record CompleteRequest(@NotNull Outcome outcome, Tier tier, @Size(max = 2000) String reason,
                           @Size(max = 20000) String message, io.sportello.ticket.ResolutionCode code,
                           @Size(max = 2000) String summary) {
    }

    record TicketView(Long id, String number, String subject, String status, String priority, String category,
                      String tier, String channel, String language, Long customerId, String orderNumber, String assignee,
                      Instant createdAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
                      Instant firstResponseDue, Instant resolutionDue, boolean slaPaused, boolean slaBreached,
                      String resolutionCode, String resolutionSummary, long version) {

        static TicketView of(Ticket t) {
            return new TicketView(t.getId(), t.getNumber(), t.getSubject(), t.getStatus().name(), t.getPriority().name(),
                    t.getCategory().name(), t.getTier().name(), t.getChannel().name(), t.getLanguage(), t.getCustomerId(),
                    t.getOrderNumber(), t.getAssignee(), t.getCreatedAt(), t.getFirstResponseAt(), t.getResolvedAt(),
                    t.getClosedAt(), t.getFirstResponseDue(), t.getResolutionDue(), t.isSlaPaused(), t.isSlaBreached(),
                    t.getResolutionCode() == null ? null : t.getResolutionCode().name(), t.getResolutionSummary(),
                    t.getVersion());
        }
    }

    record MessageView(Long id, String channel, String direction, String visibility, String authorKind, String author,
                       String text, String html, Instant createdAt) {

        static MessageView of(TicketMessage m) {
            return new MessageView(m.getId(), m.getChannel().name(), m.getDirection().name(), m.getVisibility().name(),
                    m.getAuthorKind().name(), m.getAuthorName(), m.getBodyText(), m.getBodyHtml(), m.getCreatedAt());
        }
    }

    record WorkItemView(String id, Long ticketId, String taskKey, io.sportello.workflow.WorkKind kind, String name,
                        String candidateGroup, String assignee, Instant createdAt, Instant dueAt) {

        static WorkItemView of(WorkItem w) {
            return new WorkItemView(w.id(), w.ticketId(), w.taskKey(), w.kind(), w.name(), w.candidateGroup(), w.assignee(),
                    w.createdAt(), w.dueAt());
        }
    }

    record SlaView(int firstResponseTargetMinutes, int resolutionTargetMinutes, Instant firstResponseDue,
                   Instant resolutionDue, Instant warningAt, Instant escalationDue, Instant firstResponseMetAt,
                   boolean firstResponseBreached, boolean resolutionBreached, String state,
                   List<SegmentView> segments) {

        static SlaView of(SlaClock c, List<SlaSegment> segments) {
            return new SlaView(c.getFirstResponseTargetMinutes(), c.getResolutionTargetMinutes(), c.getFirstResponseDue(),
                    c.getResolutionDue(), c.getWarningAt(), c.getEscalationDue(), c.getFirstResponseMetAt(),
                    c.isFirstResponseBreached(), c.isResolutionBreached(), c.getState().name(),
                    segments.stream().map(SegmentView::of).toList());
        }
    }

    record SegmentView(String state, String reason, Instant startedAt, Instant endedAt) {
        static SegmentView of(SlaSegment s) {
            return new SegmentView(s.getState().name(), s.getReason(), s.getStartedAt(), s.getEndedAt());
        }
    }

    record TicketDetailView(TicketView ticket, List<MessageView> messages, List<WorkItemView> workItems, SlaView sla,
                            List<io.sportello.desk.DeskAction> allowedActions) {
    }

    /** What the caller may do with the ticket now, and why not the rest (rule code and reason per action). */
    record ActionsView(List<io.sportello.desk.DeskAction> allowed, java.util.Map<io.sportello.desk.DeskAction,
            RefusalView> refused) {
        static ActionsView of(io.sportello.desk.AllowedActions a) {
            java.util.Map<io.sportello.desk.DeskAction, RefusalView> refused = new java.util.EnumMap<>(
                    io.sportello.desk.DeskAction.class);
            for (io.sportello.desk.DeskAction action : io.sportello.desk.DeskAction.values()) {
                a.refusal(action).ifPresent(r -> refused.put(action, new RefusalView(r.rule(), r.reason())));
            }
            return new ActionsView(List.copyOf(a.allowed()), refused);
        }
    }

    record RefusalView(String rule, String reason) {
    }

    /**
     * One history entry: {@code reason} and {@code arguments} as recorded (codes), {@code text} the reason told in the
     * caller's language (Accept-Language), {@code detail} what a person wrote.
     */
    record EventView(String type, Instant at, String actorKind, String actor, String from, String to, String reason,
                     List<String> arguments, String text, String detail) {
        static EventView of(TicketEvent e, io.sportello.audit.HistoryTexts texts, java.time.ZoneId zone) {
            var reason = e.getReason();
            return new EventView(e.getType().name(), e.getOccurredAt(), e.getActorKind().name(), e.getActorName(),
                    e.getFromValue(), e.getToValue(), reason == null ? null : reason.code(),
                    reason == null ? List.of() : reason.arguments(),
                    texts.reason(reason, org.springframework.context.i18n.LocaleContextHolder.getLocale(), zone),
                    e.getDetail());
        }
    }

    /** A survey as staff see it: never its token, which is the customer's secret link. */
    record SurveyView(String status, Instant sentAt, Instant answeredAt, Integer score, String comment) {
        static SurveyView of(Survey s) {
            return new SurveyView(s.getStatus().name(), s.getSentAt(), s.getAnsweredAt(), s.getScore(), s.getComment());
        }
    }

    record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }
}
