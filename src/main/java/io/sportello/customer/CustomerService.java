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
    private final CustomerMergeRepository merges;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerMergeRepository merges,
                    org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.customers = customers;
        this.merges = merges;
        this.events = events;
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
        var known = customers.findByIdentity(identityChannel, key);
        if (known.isEmpty() && (identityChannel == Channel.PHONE || identityChannel == Channel.WHATSAPP)) {
            // the same number calls and writes on WhatsApp: one customer, both identities
            Channel sibling = identityChannel == Channel.PHONE ? Channel.WHATSAPP : Channel.PHONE;
            known = customers.findByIdentity(sibling, key);
            known.ifPresent(c -> c.addIdentity(new CustomerIdentity(c, identityChannel, key)));
        }
        return known.orElseGet(() -> {
            Customer customer = new Customer(displayName != null ? displayName : handle,
                    identityChannel == Channel.EMAIL ? key : null,
                    identityChannel == Channel.PHONE || identityChannel == Channel.WHATSAPP ? key : null,
                    language, CustomerValue.STANDARD, clock.instant());
            customer.addIdentity(new CustomerIdentity(customer, identityChannel, key));
            return customers.save(customer);
        });
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: the target takes over every identity, the source is kept
     * (pointing at the target) so that history stays explainable. Tickets and orders are moved by the caller, which
     * records them on the returned merge. Both people are told ({@link CustomersMerged}).
     */
    public CustomerMerge merge(Long sourceId, Long targetId, String by) {
        if (sourceId.equals(targetId)) {
            throw new io.sportello.shared.RuleViolationException("SAME_CUSTOMER", "A customer cannot be merged into itself");
        }
        Customer source = get(sourceId);
        Customer target = get(targetId);
        if (source.getMergedIntoId() != null || target.getMergedIntoId() != null) {
            throw new io.sportello.shared.RuleViolationException("ALREADY_MERGED", "One of the customers was already merged");
        }
        CustomerMerge merge = merges.save(target.absorb(source, by, clock.instant()));
        events.publishEvent(new CustomersMerged(merge.getId(), sourceId, targetId, false));
        return merge;
    }

    /**
     * Undoes a merge: the source gets back the identities it brought and is a customer of its own again; the caller
     * moves the tickets and orders back. Refused when already undone, or when the target was merged on since.
     */
    public CustomerMerge undoMerge(Long mergeId, String by) {
        CustomerMerge merge = merges.findById(mergeId).orElseThrow(() -> new NotFoundException("Customer merge", mergeId));
        if (merge.isUndone()) {
            throw new io.sportello.shared.RuleViolationException("MERGE_UNDONE", "This merge was already undone");
        }
        Customer target = get(merge.getTargetId());
        boolean newerStanding = merges.findBySourceIdOrTargetIdOrderByMergedAtDesc(target.getId(), target.getId()).stream()
                .anyMatch(m -> !m.isUndone() && m.getTargetId().equals(target.getId()) && !m.getId().equals(mergeId)
                        && (m.getMergedAt().isAfter(merge.getMergedAt())
                        || m.getMergedAt().equals(merge.getMergedAt()) && m.getId() > merge.getId()));
        if (newerStanding) {
            // what the target took over (value, e-mail, phone) is only known relative to the merges after this one
            throw new io.sportello.shared.RuleViolationException("UNDO_NEWER_FIRST",
                    "Another merge into this customer came later; undo that one first");
        }
        if (target.getMergedIntoId() != null) {
            throw new io.sportello.shared.RuleViolationException("ALREADY_MERGED",
                    "The customer was merged into another one since; undo that merge first");
        }
        target.giveBack(get(merge.getSourceId()), merge);
        merge.undone(by, clock.instant());
        events.publishEvent(new CustomersMerged(merge.getId(), merge.getSourceId(), merge.getTargetId(), true));
        return merge;
    }

    /** The merges a customer took part in (as source or target), newest first. */
    @Transactional(readOnly = true)
    public List<CustomerMerge> merges(Long customerId) {
        return merges.findBySourceIdOrTargetIdOrderByMergedAtDesc(customerId, customerId);
    }

    /** Customers whose name or any handle (e-mail, phone…) contains {@code text}; merged ones are left out. */
    @Transactional(readOnly = true)
    public List<Customer> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return customers.search("%" + text.strip().toLowerCase(Locale.ROOT) + "%",
                org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /** The customer registered for this handle on the channel, if any (never registers). */
    @Transactional(readOnly = true)
    public java.util.Optional<Customer> find(Channel channel, String handle) {
        Channel identityChannel = identityChannel(channel);
        return customers.findByIdentity(identityChannel, normalise(identityChannel, handle));
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

    /** The form a handle is stored and compared in (e-mail lower-case, phone digits only). */
    public static String normalise(Channel channel, String handle) {
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
