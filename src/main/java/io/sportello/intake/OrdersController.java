package io.sportello.intake;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderDetails;
import io.sportello.commerce.ShopConnections;
import io.sportello.shared.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders API: the desk's people read an order with its lines, money, parcels and history; an administrator's
 * integration (an import, a shop without webhooks) posts orders in the generic format, which take the same way as a
 * signed webhook — stored raw first, applied once, out-of-order safe, a dead letter naming the field when unusable.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrdersController {

    private final CommerceService commerce;
    private final CommerceIntake intake;
    private final ShopConnections shops;

    OrdersController(CommerceService commerce, CommerceIntake intake, ShopConnections shops) {
        this.commerce = commerce;
        this.intake = intake;
        this.shops = shops;
    }

    record Line(String sku, String product, int quantity, java.math.BigDecimal unitPrice, int refunded) {
    }

    record Money(String kind, java.math.BigDecimal amount, String method, String reason, Instant at) {
    }

    record Scan(String status, String carrierStatus, String description, String place, Instant at) {
    }

    record Parcel(String carrier, String trackingCode, String trackingUrl, String status,
                  java.time.LocalDate expectedDelivery, Instant deliveredAt, List<Scan> timeline) {
    }

    record Entry(String type, List<String> arguments, String source, Instant at) {
    }

    record Order(String number, String shop, String status, String paymentStatus, String fulfilment, Instant placedAt,
                 String salesChannel, String currency, java.math.BigDecimal total, java.math.BigDecimal refunded,
                 String shippingAddress, List<Line> lines, List<Money> payments, List<Parcel> parcels,
                 List<Entry> history, String adminUrl) {

        static Order of(OrderDetails d) {
            var o = d.order();
            return new Order(o.getNumber(), o.getShop(), String.valueOf(o.getStatus()), o.getPaymentStatus() == null ? null
                    : o.getPaymentStatus().name(), o.getFulfilment() == null ? null : o.getFulfilment().name(), o.getPlacedAt(),
                    o.getSalesChannel(), o.getCurrency(), o.getTotal(), o.getRefundedTotal(), o.getShippingAddress(),
                    d.lines().stream().map(l -> new Line(l.getSku(), l.getProduct(), l.getQuantity(), l.getUnitPrice(),
                            l.getRefundedQuantity())).toList(),
                    d.payments().stream().map(p -> new Money(p.getKind().name(), p.getAmount(), p.getMethod(), p.getReason(),
                            p.getHappenedAt())).toList(),
                    d.parcels().stream().map(p -> new Parcel(p.shipment().getCarrier(), p.shipment().getTrackingCode(),
                            p.trackingUrl(), String.valueOf(p.shipment().getStatus()), p.shipment().getExpectedDelivery(),
                            p.shipment().getDeliveredAt(), p.events().stream().map(e -> new Scan(e.getStatus().name(),
                            e.getCarrierStatus(), e.getDescription(), e.getPlace(), e.getOccurredAt())).toList())).toList(),
                    d.history().stream().map(h -> new Entry(h.getType().name(), h.getArguments(), h.getSource(),
                            h.getHappenedAt())).toList(), d.adminUrl());
        }
    }

    @GetMapping("/{number}")
    @PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','AUDITOR','ADMIN')")
    Order get(@PathVariable String number) {
        return commerce.details(number).map(Order::of).orElseThrow(() -> new NotFoundException("Order", number));
    }

    /** An order event in the generic format for the shop named by {@code shop} (one configured with platform GENERIC). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<?> post(@RequestParam String shop, jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        ShopConnections.Shop config = shops.shop(shop);
        if (config == null || config.platform() != ShopConnections.Platform.GENERIC) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "No shop named " + shop + " takes the generic format");
            problem.setProperty("field", "shop");
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        byte[] body = request.getInputStream().readNBytes(IntakeController.MAX_BODY + 1);
        if (body.length > IntakeController.MAX_BODY) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large");
            problem.setProperty("field", "body");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return IntakeController.answer(intake.receiveAuthenticated(shop, body));
    }
}
