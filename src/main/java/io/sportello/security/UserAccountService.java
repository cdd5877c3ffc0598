package io.sportello.security;

import io.sportello.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores user accounts and loads them for sign-in. */
@Service
@Transactional
public class UserAccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public UserAccount create(String username, String displayName, String email, String rawPassword, Set<Role> roles,
                              Set<String> groups, String language) {
        return accounts.save(new UserAccount(username, displayName, email, passwords.encode(rawPassword), roles, groups,
                language));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsById(username);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    @Transactional(readOnly = true)
    public Optional<SportelloUser> find(String username) {
        return accounts.findById(username).map(UserAccountService::toPrincipal);
    }

    @Transactional(readOnly = true)
    public SportelloUser get(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** The name people know a user by; the user name itself for unknown users. */
    @Transactional(readOnly = true)
    public String displayName(String username) {
        return accounts.findById(username).map(UserAccount::getDisplayName).orElse(username);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAll();
    }

    @Override
    @Transactional(readOnly = true)
    public SportelloUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /**
     * Whether a session's principal still stands for what its account is now: false once the account was
     * deactivated, its roles or teams changed, or its password was set anew.
     */
    @Transactional(readOnly = true)
    public boolean stillValid(SportelloUser principal) {
        return accounts.findById(principal.getUsername())
                .filter(a -> a.isEnabled() && !a.isPending())
                .map(a -> SportelloUser.stampOf(a).equals(principal.stamp()))
                .orElse(false);
    }

    private static SportelloUser toPrincipal(UserAccount account) {
        return new SportelloUser(account, account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
