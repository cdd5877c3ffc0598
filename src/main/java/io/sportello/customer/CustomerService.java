package io.sportello.customer;

import io.sportello.shared.Channel;
import io.sportello.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers customers and resolves a channel identity to the one customer behind it. */
@Service
@Transactional
public class CustomerService {

    private final CustomerRepository customers;
    private final Clock clock;

    CustomerService(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /** Registers a customer with an e-mail identity and, when given, a phone/WhatsApp identity. */
    public Customer register(String displayName, String email, String phone, String language, CustomerValue value) {
        Customer customer = new Customer(displayName, normalise(Channel.EMAIL, email), phone, language, value, clock.instant());
        if (email != null) {
            customer.addIdentity(new CustomerIdentity(customer, Channel.EMAIL, normalise(Channel.EMAIL, email)));
        }
        if (phone != null) {
            customer.addIdentity(new CustomerIdentity(customer, Channel.PHONE, normalise(Channel.PHONE, phone)));
            customer.addIdentity(new CustomerIdentity(customer, Channel.WHATSAPP, normalise(Channel.WHATSAPP, phone)));
        }
        return customers.save(customer);
    }

    /**
     * The customer behind {@code handle} on {@code channel}; a first contact registers a new customer.
     * E-mail-like channels (web form, chat) share the e-mail identity.
     */
    public Customer resolve(Channel channel, String handle, String displayName, String language) {
        Channel identityChannel = identityChannel(channel);
        String key = normalise(identityChannel, handle);
        return customers.findByIdentity(identityChannel, key).orElseGet(() -> {
            Customer customer = new Customer(displayName != null ? displayName : handle,
                    identityChannel == Channel.EMAIL ? key : null,
                    identityChannel == Channel.PHONE || identityChannel == Channel.WHATSAPP ? key : null,
                    language, CustomerValue.STANDARD, clock.instant());
            customer.addIdentity(new CustomerIdentity(customer, identityChannel, key));
            return customers.save(customer);
        });
    }

    @Transactional(readOnly = true)
    public Customer get(Long id) {
        return customers.findById(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /** The customer's identities per channel (loaded, safe to use outside a transaction). */
    @Transactional(readOnly = true)
    public List<CustomerIdentity> identities(Long customerId) {
        return List.copyOf(get(customerId).getIdentities());
    }

    @Transactional(readOnly = true)
    public List<Customer> getAll(Collection<Long> ids) {
        return customers.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public long count() {
        return customers.count();
    }

    static Channel identityChannel(Channel channel) {
        return switch (channel) {
            case EMAIL, WEB_FORM, CHAT -> Channel.EMAIL;
            default -> channel;
        };
    }

    static String normalise(Channel channel, String handle) {
        if (handle == null) {
            return null;
        }
        String trimmed = handle.trim();
        return switch (channel) {
            case EMAIL, WEB_FORM, CHAT -> trimmed.toLowerCase(Locale.ROOT);
            case PHONE, WHATSAPP -> trimmed.replaceAll("[^+0-9]", "");
            default -> trimmed;
        };
    }
}
