package io.sportello.security.web;

import io.sportello.security.AccountChange;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.security.UserAdministration;
import io.sportello.shared.FieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The desk's people, for administrators: invite, change, deactivate and reactivate, send a password link. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "People")
class UserAdminController {

    private final UserAdministration administration;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    UserAdminController(UserAdministration administration, UserAccountService accounts, CurrentUser currentUser) {
        this.administration = administration;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** A person as the administration shows them (never a password or a link). */
    record Person(String username, String displayName, String email, Set<String> roles, Set<String> groups,
                  String language, UserAccount.Status status, Instant deactivatedAt) {

        static Person of(UserAccount a) {
            return new Person(a.getUsername(), a.getDisplayName(), a.getEmail(),
                    new TreeSet<>(a.getGivenRoles().stream().map(Enum::name).toList()), new TreeSet<>(a.getGroups()),
                    a.getLanguage(), a.getStatus(), a.getDeactivatedAt());
        }
    }

    /** What an administrator gives: for an invitation also the user name. */
    record PersonInput(String username, String displayName, String email, List<String> roles, List<String> groups,
                       String language) {

        UserAdministration.Profile profile() {
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            for (String role : roles == null ? List.<String>of() : roles) {
                try {
                    parsed.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new FieldException("roles", "Unknown role: " + role + "; the roles are "
                            + List.of(Role.values()));
                }
            }
            return new UserAdministration.Profile(displayName, email, parsed,
                    groups == null ? Set.of() : Set.copyOf(groups), language);
        }
    }

    /** An invitation sent: to whom, and until when its link works. */
    record Invited(Person person, Instant linkExpiresAt) {
    }

    record Change(Instant at, String attribute, String from, String to, String by) {

        static Change of(AccountChange c) {
            return new Change(c.getOccurredAt(), c.getAttribute().name(), c.getFromValue(), c.getToValue(), c.getActor());
        }
    }

    @GetMapping
    @Operation(summary = "Everybody with an account, by user name")
    List<Person> list() {
        return accounts.all().stream().sorted(Comparator.comparing(UserAccount::getUsername)).map(Person::of).toList();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One person")
    Person get(@PathVariable String username) {
        return Person.of(administration.get(username));
    }

    @GetMapping("/{username}/changes")
    @Operation(summary = "What was changed on a person's account, by whom and when, newest first")
    List<Change> changes(@PathVariable String username) {
        administration.get(username);
        return administration.changes(username).stream().map(Change::of).toList();
    }

    @PostMapping
    @Operation(summary = "Invite somebody: their account waits for them to choose a password with the mailed link")
    ResponseEntity<Invited> invite(@RequestBody PersonInput input) {
        var link = administration.invite(input.username(), input.profile(), currentUser.require().actor());
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + link.username()))
                .body(new Invited(Person.of(administration.get(link.username())), link.expiresAt()));
    }

    @PutMapping("/{username}")
    @Operation(summary = "Change a person's name, address, roles, teams and language")
    Person update(@PathVariable String username, @RequestBody PersonInput input) {
        return Person.of(administration.update(username, input.profile(), currentUser.require().actor()));
    }

    @PostMapping("/{username}/deactivate")
    @Operation(summary = "Deactivate: no more sign-in, open links stop working, held tasks go back to the queue")
    Person deactivate(@PathVariable String username) {
        return Person.of(administration.deactivate(username, currentUser.require().actor()));
    }

    @PostMapping("/{username}/reactivate")
    @Operation(summary = "Reactivate: sign-in with the password they had")
    Person reactivate(@PathVariable String username) {
        return Person.of(administration.reactivate(username, currentUser.require().actor()));
    }

    @PostMapping("/{username}/password-link")
    @Operation(summary = "Mail a one-time link to choose a (new) password")
    Invited passwordLink(@PathVariable String username) {
        var link = administration.sendPasswordLink(username, currentUser.require().actor());
        return new Invited(Person.of(administration.get(username)), link.expiresAt());
    }
}
