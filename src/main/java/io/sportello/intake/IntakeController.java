package io.sportello.intake;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public entry points for machines (signed webhooks, WhatsApp Cloud API) and the dead-letter API for administrators.
 * Refusals are {@code application/problem+json}; a signed call whose content cannot be processed is kept as a dead
 * letter and answered 422 naming the field, so that nothing is lost.
 */
@RestController
@RequestMapping("/api/v1/intake")
class IntakeController {

    private final WebhookIntake webhooks;
    private final WhatsAppIntake whatsApp;
    private final Intake intake;
    private final CommerceIntake commerce;

    IntakeController(WebhookIntake webhooks, WhatsAppIntake whatsApp, Intake intake, CommerceIntake commerce) {
        this.webhooks = webhooks;
        this.whatsApp = whatsApp;
        this.intake = intake;
        this.commerce = commerce;
    }

    /** A shop's order, payment, refund or fulfilment event (Shopify, WooCommerce, or the generic format). */
    @PostMapping(path = "/shops/{shop}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> shop(@PathVariable String shop, jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        CommerceIntake.Call call = call(request, body);
        if (commerce.isWooCommercePing(shop, call)) {
            return ResponseEntity.ok(Map.of("ping", true));
        }
        try {
            return answer(commerce.receiveShop(shop, call));
        } catch (WebhookIntake.RefusedException refused) {
            return refusal(refused, refused.field != null ? refused.field
                    : refused.refusal == WebhookIntake.Refusal.BAD_SIGNATURE ? signatureHeader(request) : null);
        }
    }

    /** A carrier's or tracking platform's parcel event (AfterShip, Qapla', or the generic format). */
    @PostMapping(path = "/tracking/{source}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> tracking(@PathVariable String source, @RequestParam(name = "token", required = false) String token,
                               jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        try {
            return answer(commerce.receiveTracking(source, new CommerceIntake.Call(call(request, body).headers(), token, body)));
        } catch (WebhookIntake.RefusedException refused) {
            return refusal(refused, refused.field != null ? refused.field
                    : refused.refusal == WebhookIntake.Refusal.BAD_SIGNATURE ? signatureHeader(request) : null);
        }
    }

    private static CommerceIntake.Call call(jakarta.servlet.http.HttpServletRequest request, byte[] body) {
        Map<String, String> headers = new java.util.HashMap<>();
        java.util.Collections.list(request.getHeaderNames()).forEach(n -> headers.put(n.toLowerCase(java.util.Locale.ROOT),
                request.getHeader(n)));
        return new CommerceIntake.Call(headers, null, body);
    }

    /** The signature header the caller used (or would have had to), for the problem's {@code field}. */
    private static String signatureHeader(jakarta.servlet.http.HttpServletRequest r) {
        for (String h : List.of("X-Shopify-Hmac-Sha256", "X-WC-Webhook-Signature", "aftership-hmac-sha256",
                "X-Sportello-Token", "X-Sportello-Signature")) {
            if (r.getHeader(h) != null) {
                return h;
            }
        }
        return r.getHeader("X-Shopify-Topic") != null ? "X-Shopify-Hmac-Sha256"
                : r.getHeader("X-WC-Webhook-Topic") != null ? "X-WC-Webhook-Signature" : "X-Sportello-Signature";
    }

    private static ResponseEntity<?> refusal(WebhookIntake.RefusedException refused, String field) {
        HttpStatus status = refused.refusal == WebhookIntake.Refusal.UNKNOWN_SOURCE ? HttpStatus.NOT_FOUND : HttpStatus.UNAUTHORIZED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle("Webhook refused");
        problem.setProperty("reason", refused.refusal.name());
        problem.setProperty("field", field != null ? field : refused.refusal == WebhookIntake.Refusal.STALE_TIMESTAMP
                ? "X-Sportello-Timestamp" : "source");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record ReceiptDto(Long inboundId, InboundStatus status, String ticketNumber, boolean duplicate, String reason) {
        static ReceiptDto of(Receipt r) {
            return new ReceiptDto(r.inboundId(), r.status(), r.ticketNumber(), r.duplicate(), r.reason());
        }
    }

    /** Larger calls are refused before they are read: no chat message or notification comes near it. */
    static final int MAX_BODY = 1024 * 1024;

    @PostMapping(path = "/webhooks/{source}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> webhook(@PathVariable String source,
                              @RequestHeader(name = "X-Sportello-Timestamp", required = false) String timestamp,
                              @RequestHeader(name = "X-Sportello-Signature", required = false) String signature,
                              jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        try {
            return answer(webhooks.receive(source, timestamp, signature, body));
        } catch (WebhookIntake.RefusedException refused) {
            HttpStatus status = refused.refusal == WebhookIntake.Refusal.UNKNOWN_SOURCE ? HttpStatus.NOT_FOUND
                    : HttpStatus.UNAUTHORIZED;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
            problem.setTitle("Webhook refused");
            problem.setProperty("reason", refused.refusal.name());
            problem.setProperty("field", refused.refusal == WebhookIntake.Refusal.STALE_TIMESTAMP ? "X-Sportello-Timestamp"
                    : refused.refusal == WebhookIntake.Refusal.BAD_SIGNATURE ? "X-Sportello-Signature" : "source");
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    /** Meta's subscription check: echo the challenge when the verify token matches. */
    @GetMapping("/whatsapp")
    ResponseEntity<String> whatsAppVerify(@RequestParam(name = "hub.mode", required = false) String mode,
                                          @RequestParam(name = "hub.verify_token", required = false) String token,
                                          @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if ("subscribe".equals(mode) && whatsApp.verifyTokenMatches(token) && challenge != null) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @PostMapping(path = "/whatsapp", consumes = MediaType.ALL_VALUE)
    ResponseEntity<?> whatsApp(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
                               jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return tooLarge();
        }
        if (!whatsApp.signatureValid(body, signature)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "The X-Hub-Signature-256 header does not match the body");
            problem.setProperty("field", "X-Hub-Signature-256");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        // always 200 for a signed notification: Meta retries otherwise; failures are kept as dead letters here
        return ResponseEntity.ok(whatsApp.receive(body).stream().map(ReceiptDto::of).toList());
    }

    @GetMapping("/dead-letters")
    @PreAuthorize("hasRole('ADMIN')")
    List<Map<String, Object>> deadLetters(@RequestParam(defaultValue = "0") int page) {
        return intake.list(EnumSet.of(InboundStatus.FAILED), PageRequest.of(page, 50)).stream()
                .map(m -> Map.<String, Object>of("id", m.getId(), "channel", m.getChannel() == null ? "" : m.getChannel().name(), "source", m.getSource(),
                        "receivedAt", m.getReceivedAt(), "attempts", m.getAttempts(),
                        "reason", String.valueOf(m.getReason()), "summary", String.valueOf(m.getSummary())))
                .toList();
    }

    @PostMapping("/inbound/{id}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<?> retry(@PathVariable Long id) {
        return answer(intake.retry(id));
    }

    private static ResponseEntity<?> tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The body is larger than " + MAX_BODY / 1024 + " KB");
        problem.setProperty("field", "body");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<?> answer(Receipt receipt) {
        if (receipt.status() == InboundStatus.FAILED) {
            String reason = String.valueOf(receipt.reason());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, reason);
            problem.setTitle("Message kept as a dead letter");
            int colon = reason.indexOf(':');
            problem.setProperty("field", colon > 0 && !reason.substring(0, colon).contains(" ") ? reason.substring(0, colon) : "body");
            problem.setProperty("inboundId", receipt.inboundId());
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/intake/inbound/" + receipt.inboundId())).body(ReceiptDto.of(receipt));
    }
}
