package io.sportello.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    private String displayName;
    private String email;
    private String phone;
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_value")
    private CustomerValue value;

    private Instant createdAt;

    /** Set when this customer was merged into another one; its identities and tickets moved there. */
    private Long mergedIntoId;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<CustomerIdentity> identities = new ArrayList<>();

    protected Customer() {
    }

    Customer(String displayName, String email, String phone, String language, CustomerValue value, Instant createdAt) {
        this.displayName = displayName;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.value = value;
        this.createdAt = createdAt;
    }

    void addIdentity(CustomerIdentity identity) {
        identities.add(identity);
    }

    /**
     * Takes over the identities of {@code other}, which from now on points here; returns the record of what moved, so
     * that the merge can be undone.
     */
    CustomerMerge absorb(Customer other, String by, Instant at) {
        List<Long> moved = new ArrayList<>();
        for (CustomerIdentity identity : List.copyOf(other.identities)) {
            other.identities.remove(identity);
            identity.moveTo(this);
            identities.add(identity);
            moved.add(identity.getId());
        }
        boolean tookEmail = email == null && other.email != null;
        boolean tookPhone = phone == null && other.phone != null;
        if (tookEmail) {
            email = other.email;
        }
        if (tookPhone) {
            phone = other.phone;
        }
        CustomerValue valueBefore = value;
        if (other.value != null && (value == null || other.value.ordinal() > value.ordinal())) {
            value = other.value;
        }
        other.mergedIntoId = id;
        return new CustomerMerge(other.id, id, moved, tookEmail, tookPhone, valueBefore, by, at);
    }

    /** Gives {@code other} back what it brought with the merge: it is a customer of its own again. */
    void giveBack(Customer other, CustomerMerge merge) {
        List<Long> ids = merge.identityIds();
        for (CustomerIdentity identity : List.copyOf(identities)) {
            if (ids.contains(identity.getId())) {
                identities.remove(identity);
                identity.moveTo(other);
                other.identities.add(identity);
            }
        }
        if (merge.tookEmail()) {
            email = null;
        }
        if (merge.tookPhone()) {
            phone = null;
        }
        value = merge.targetValueBefore();
        other.mergedIntoId = null;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public CustomerValue getValue() {
        return value;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CustomerIdentity> getIdentities() {
        return Collections.unmodifiableList(identities);
    }
}
