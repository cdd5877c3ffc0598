package io.sportello.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One entry of an order's history: type, arguments (data, rendered where read), the source it came from. */
@Entity
@Table(name = "order_history")
public class OrderHistory {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_history_seq")
    @SequenceGenerator(name = "order_history_seq", sequenceName = "order_history_seq", allocationSize = 50)
    private Long id;
    private Long orderId;
    private Long shipmentId;
    @Enumerated(EnumType.STRING)
    private OrderHistoryType type;
    private String reasonCode;
    private String reasonArgs;
    private String source;
    private Instant happenedAt;

    protected OrderHistory() {
    }

    OrderHistory(Long orderId, Long shipmentId, OrderHistoryType type, String source, Instant at, Object... args) {
        this.orderId = orderId;
        this.shipmentId = shipmentId;
        this.type = type;
        this.source = source == null ? null : source.length() > 100 ? source.substring(0, 100) : source;
        this.happenedAt = at;
        this.reasonCode = type.name();
        String joined = String.join(SEPARATOR, Arrays.stream(args).map(a -> a == null ? "" : a.toString()
                .replace(SEPARATOR, " ")).toList());
        this.reasonArgs = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getShipmentId() {
        return shipmentId;
    }

    public OrderHistoryType getType() {
        return type;
    }

    /** The arguments of the entry's text, in order; one written {@code #key} is a bundle key. */
    public List<String> getArguments() {
        return reasonArgs == null || reasonArgs.isEmpty() ? List.of() : List.of(reasonArgs.split(SEPARATOR, -1));
    }

    public String getSource() {
        return source;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }
}
