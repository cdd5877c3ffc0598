package io.sportello.desk.web;

import io.sportello.customer.Customer;
import io.sportello.customer.CustomerService;
import io.sportello.desk.TicketDesk;
import io.sportello.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers as the desk sees them: search across names and handles (auditors read too), and merging two records of one
 * person, or undoing such a merge (supervisors).
 */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN','AUDITOR')")
class CustomerController {

    private final CustomerService customers;
    private final TicketDesk desk;
    private final CurrentUser currentUser;

    CustomerController(CustomerService customers, TicketDesk desk, CurrentUser currentUser) {
        this.customers = customers;
        this.desk = desk;
        this.currentUser = currentUser;
    }

    record CustomerView(Long id, String name, String email, String phone, Long mergedInto, List<String> identities) {
    }

    private CustomerView view(Customer c) {
        return new CustomerView(c.getId(), c.getDisplayName(), c.getEmail(), c.getPhone(), c.getMergedIntoId(),
                customers.identities(c.getId()).stream().map(i -> i.getChannel() + ":" + i.getHandle()).toList());
    }

    @GetMapping
    @Operation(summary = "Find customers by name, e-mail, phone or social handle")
    List<CustomerView> search(@RequestParam String q) {
        return customers.search(q, 20).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    CustomerView get(@PathVariable Long id) {
        return view(customers.get(id));
    }

    record MergeView(Long id, Long source, Long target, String mergedBy, java.time.Instant mergedAt, List<Long> tickets,
                     String undoneBy, java.time.Instant undoneAt) {
        static MergeView of(io.sportello.customer.CustomerMerge m) {
            return new MergeView(m.getId(), m.getSourceId(), m.getTargetId(), m.getMergedBy(), m.getMergedAt(),
                    m.ticketIds(), m.getUndoneBy(), m.getUndoneAt());
        }
    }

    @GetMapping("/{id}/merges")
    @Operation(summary = "The merges this customer took part in, newest first (what moved, who merged, whether undone)")
    List<MergeView> merges(@PathVariable Long id) {
        customers.get(id);
        return customers.merges(id).stream().map(MergeView::of).toList();
    }

    @PostMapping("/merges/{mergeId}/undo")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Undo a merge: the merged customer's identities, tickets and orders go back; both are told by e-mail")
    MergeView undo(@PathVariable Long mergeId) {
        return MergeView.of(desk.undoMerge(mergeId, currentUser.require()));
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Merge this customer into another one: identities, tickets and orders move, both are told by e-mail")
    CustomerView merge(@PathVariable Long id, @Valid @RequestBody ApiDtos.MergeRequest body) {
        return view(desk.mergeCustomers(id, body.into(), currentUser.require()));
    }
}
