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

/** Customers as agents see them: search across names and handles, and merging two records of one person. */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasAnyRole('AGENT','SUPERVISOR','ADMIN')")
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

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge this customer into another one: identities, tickets and orders move, the history records it")
    CustomerView merge(@PathVariable Long id, @Valid @RequestBody ApiDtos.MergeRequest body) {
        return view(desk.mergeCustomers(id, body.into(), currentUser.require()));
    }
}
