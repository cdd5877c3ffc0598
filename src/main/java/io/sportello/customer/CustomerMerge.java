package io.sportello.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One merge of two customer records, kept so that it can be explained and undone: what moved from the source to the
 * target (identities, tickets, orders) and what the target took over (e-mail, phone, value).
 */
@Entity
@Table(name = "customer_merge")
public class CustomerMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_merge_seq")
    @SequenceGenerator(name = "customer_merge_seq", sequenceName = "customer_merge_seq", allocationSize = 50)
    private Long id;
    @Version
    private long version;

    private Long sourceId;
    private Long targetId;
    private String identityIds;
    private String ticketIds;
    private String orderIds;
    private boolean tookEmail;
    private boolean tookPhone;
    @Enumerated(EnumType.STRING)
    private CustomerValue targetValueBefore;
    private String mergedBy;
    private Instant mergedAt;
    private String undoneBy;
    private Instant undoneAt;

    protected CustomerMerge() {
    }

    CustomerMerge(Long sourceId, Long targetId, List<Long> identityIds, boolean tookEmail, boolean tookPhone,
                  CustomerValue targetValueBefore, String mergedBy, Instant mergedAt) {
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.identityIds = join(identityIds);
        this.tookEmail = tookEmail;
        this.tookPhone = tookPhone;
        this.targetValueBefore = targetValueBefore;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    /** Records which tickets and orders moved with the merge (moved by their own modules). */
    public void moved(List<Long> tickets, List<Long> orders) {
        this.ticketIds = join(tickets);
        this.orderIds = join(orders);
    }

    void undone(String by, Instant at) {
        this.undoneBy = by;
        this.undoneAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public Long getTargetId() {
        return targetId;
    }

    List<Long> identityIds() {
        return split(identityIds);
    }

    public List<Long> ticketIds() {
        return split(ticketIds);
    }

    public List<Long> orderIds() {
        return split(orderIds);
    }

    boolean tookEmail() {
        return tookEmail;
    }

    boolean tookPhone() {
        return tookPhone;
    }

    CustomerValue targetValueBefore() {
        return targetValueBefore;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    private static String join(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
