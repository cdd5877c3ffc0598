package io.sportello.customer;

import io.sportello.shared.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One way to reach a customer on one channel; (channel, handle) is unique across all customers. */
@Entity
@Table(name = "customer_identity")
public class CustomerIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_identity_seq")
    @SequenceGenerator(name = "customer_identity_seq", sequenceName = "customer_identity_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String handle;

    protected CustomerIdentity() {
    }

    CustomerIdentity(Customer customer, Channel channel, String handle) {
        this.customer = customer;
        this.channel = channel;
        this.handle = handle;
    }

    void moveTo(Customer customer) {
        this.customer = customer;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getHandle() {
        return handle;
    }
}
