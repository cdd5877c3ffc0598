package io.sportello.security;

import io.sportello.shared.Actor;
import io.sportello.shared.FieldException;
import io.sportello.shared.NotFoundException;
import io.sportello.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the desk as administrators manage them: invite somebody by e-mail (they choose their own password
 * through a one-time link), change their roles, teams and language, deactivate and reactivate them (their history
 * stays; a deactivated person cannot sign in and their work goes back to the teams), send a password reset. Every
 * change is recorded as an {@link AccountChange}. The desk is never left without an active administrator.
 */
@Service
@Transactional
public class UserAdministration {

    /** User names: lower case letters, digits, dots, dashes and underscores (they appear in task assignments). */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** Groups and teams: lower-case keys ({@code tier2}, {@code warehouse}). */
    static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Set<String> LANGUAGES = Set.of("it", "en");
    private static final int MIN_PASSWORD = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    /** Keeps the stored list of a person's teams within its column (400 characters). */
    static final int MAX_GROUPS = 20;

    private final AccountTokenRepository tokens;
    private final AccountChangeRepository changes;
    private final PasswordEncoder passwords;
    private final Teams teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String publicUrl;
    private final Duration linkValidity;

    UserAdministration(UserAccountRepository accounts, AccountTokenRepository tokens, AccountChangeRepository changes,
                       PasswordEncoder passwords, Teams teams, ApplicationEventPublisher events, Clock clock,
                       @Value("${sportello.knowledge.public-url:http://localhost:8080}") String publicUrl,
                       @Value("${sportello.security.link-validity:P3D}") Duration linkValidity) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.changes = changes;
        this.passwords = passwords;
        this.teams = teams;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.linkValidity = linkValidity;
    }

    /** Who somebody is on the desk: what an administrator fills in. */
    public record Profile(String displayName, String email, Set<Role> roles, Set<String> groups, String language) {

        public Profile {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            groups = groups == null ? Set.of() : Set.copyOf(groups);
        }
    }

    /** A link that was sent: where it leads and until when it works. */
    public record Link(String username, String url, Instant expiresAt) {
    }

    /** Creates the account of somebody new and sends them their invitation. */
    public Link invite(String username, Profile profile, Actor by) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new FieldException("username", "A user name is 2 to 64 lower-case letters, digits, '.', '-' or '_'");
        }
        if (accounts.existsById(name)) {
            throw new FieldException("username", "There is already somebody called " + name);
        }
        Profile checked = check(profile, true);
        UserAccount account = accounts.save(UserAccount.invited(name, checked.displayName(), checked.email(),
                checked.roles(), checked.groups(), checked.language(), clock.instant()));
        record(name, AccountChange.Attribute.INVITED, null, describe(account), by);
        return sendLink(account, AccountToken.Purpose.INVITATION, by);
    }

    /** Changes what somebody is on the desk; each changed attribute is recorded. */
    public UserAccount update(String username, Profile profile, Actor by) {
        UserAccount account = get(username);
        Profile checked = check(profile, account.getEmail() != null);
        if (account.getGivenRoles().contains(Role.ADMIN) && !checked.roles().contains(Role.ADMIN)) {
            keepAnAdministrator(account.getUsername());
        }
        change(account, AccountChange.Attribute.DISPLAY_NAME, account.getDisplayName(), checked.displayName(), by);
        change(account, AccountChange.Attribute.EMAIL, account.getEmail(), checked.email(), by);
        change(account, AccountChange.Attribute.ROLES, names(account.getGivenRoles()), names(checked.roles()), by);
        change(account, AccountChange.Attribute.GROUPS, String.join(",", new TreeSet<>(account.getGroups())),
                String.join(",", new TreeSet<>(checked.groups())), by);
        change(account, AccountChange.Attribute.LANGUAGE, account.getLanguage(), checked.language(), by);
        account.profile(checked.displayName(), checked.email(), checked.roles(), checked.groups(), checked.language());
        return account;
    }

    /** Somebody leaves (for now): they cannot sign in, their open links stop working, their work goes back. */
    public UserAccount deactivate(String username, Actor by) {
        UserAccount account = get(username);
        if (!account.isEnabled()) {
            return account;
        }
        if (account.getUsername().equals(by.id())) {
            throw new RuleViolationException("SELF_DEACTIVATION", "Nobody can deactivate their own account");
        }
        if (account.getGivenRoles().contains(Role.ADMIN)) {
            keepAnAdministrator(account.getUsername());
        }
        account.deactivate(clock.instant());
        tokens.closeAll(account.getUsername(), clock.instant());
        record(account.getUsername(), AccountChange.Attribute.DEACTIVATED, null, null, by);
        events.publishEvent(new AccountDeactivated(account.getUsername(), by.id()));
        return account;
    }

    /** Somebody comes back (the next season): they sign in with the password they had. */
    public UserAccount reactivate(String username, Actor by) {
        UserAccount account = get(username);
        if (!account.isEnabled()) {
            account.reactivate();
            record(account.getUsername(), AccountChange.Attribute.REACTIVATED, null, null, by);
        }
        return account;
    }

    /** Sends a new link to set the password (the invitation again, for somebody who never used theirs). */
    public Link sendPasswordLink(String username, Actor by) {
        UserAccount account = get(username);
        if (!account.isEnabled()) {
            throw new RuleViolationException("DEACTIVATED", username + " is deactivated: reactivate them first");
        }
        if (account.getEmail() == null) {
            throw new FieldException("email", username + " has no e-mail address to send the link to");
        }
        AccountToken.Purpose purpose = account.isPending() ? AccountToken.Purpose.INVITATION : AccountToken.Purpose.RESET;
        if (purpose == AccountToken.Purpose.RESET) {
            record(account.getUsername(), AccountChange.Attribute.PASSWORD_RESET_SENT, null, null, by);
        }
        return sendLink(account, purpose, by);
    }

    /** Who a link is for, while it works (the page that asks for the new password greets them). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> holderOf(String token) {
        return usable(token).flatMap(t -> accounts.findById(t.getUsername())).filter(UserAccount::isEnabled);
    }

    /** The person behind a link chooses their password; the link is used up. */
    public UserAccount setPassword(String token, String password) {
        AccountToken link = usable(token).orElseThrow(() -> new FieldException("token",
                "This link does not work any more: ask an administrator for a new one"));
        UserAccount account = get(link.getUsername());
        if (!account.isEnabled()) {
            throw new FieldException("token", "This link does not work any more: ask an administrator for a new one");
        }
        checkPassword(account, password);
        // the same link submitted twice at once: only the submission that uses it up sets the password
        if (tokens.claim(link.getTokenHash(), clock.instant()) != 1) {
            throw new FieldException("token", "This link does not work any more: ask an administrator for a new one");
        }
        account.passwordHash(passwords.encode(password));
        tokens.closeAll(account.getUsername(), clock.instant());
        record(account.getUsername(), AccountChange.Attribute.PASSWORD_SET, null, null,
                Actor.user(account.getUsername(), account.getDisplayName()));
        return account;
    }

    /**
     * Records a change another module made to what the desk knows of a person (their skills, languages, capacity),
     * so the person's history stays in one place. Nothing is recorded when nothing changed.
     */
    public void recordChange(String username, AccountChange.Attribute attribute, String from, String to, Actor by) {
        if (!Objects.equals(from, to)) {
            record(username, attribute, from, to, by);
        }
    }

    @Transactional(readOnly = true)
    public List<AccountChange> changes(String username) {
        return changes.findByUsernameOrderByOccurredAtDescIdDesc(username);
    }

    @Transactional(readOnly = true)
    public UserAccount get(String username) {
        return accounts.findById(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("User", username));
    }

    /** The password rule: long enough, and not the user name or one character repeated. */
    static void checkPassword(UserAccount account, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new FieldException("password", "A password has at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 128) {
            throw new FieldException("password", "A password has at most 128 characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(account.getUsername()) || password.chars().distinct().count() < 4) {
            throw new FieldException("password", "This password is too easy to guess");
        }
    }

    private Link sendLink(UserAccount account, AccountToken.Purpose purpose, Actor by) {
        tokens.closeAll(account.getUsername(), clock.instant());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = clock.instant().plus(linkValidity);
        tokens.save(new AccountToken(hash(token), account.getUsername(), purpose, clock.instant(), expires));
        Link link = new Link(account.getUsername(), publicUrl + "/account/password?token=" + token, expires);
        events.publishEvent(new AccountInvited(account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getLanguage(), link.url(), expires, purpose == AccountToken.Purpose.RESET));
        return link;
    }

    private Optional<AccountToken> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findById(hash(token.strip())).filter(t -> t.usableAt(clock.instant()));
    }

    private Profile check(Profile profile, boolean emailRequired) {
        String displayName = profile.displayName() == null ? "" : profile.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new FieldException("displayName", "Give the name colleagues know this person by (up to 200 characters)");
        }
        String email = profile.email() == null || profile.email().isBlank() ? null : profile.email().strip();
        if (email == null ? emailRequired : !EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new FieldException("email", "Give an e-mail address the invitation can reach");
        }
        if (profile.roles().isEmpty()) {
            throw new FieldException("roles", "Give at least one role");
        }
        if (profile.roles().contains(Role.CUSTOMER)) {
            // customers prove who they are through their channels and the portal; staff accounts are for staff
            throw new FieldException("roles", "Customers are not invited: give a staff role");
        }
        if (profile.groups().size() > MAX_GROUPS) {
            throw new FieldException("groups", "A person is in at most " + MAX_GROUPS + " teams");
        }
        Set<String> known = teams.keys();
        for (String group : profile.groups()) {
            if (group == null || !known.contains(group)) {
                throw new FieldException("groups", "Not one of the desk's teams: " + group + " (the teams are "
                        + known + ")");
            }
        }
        String language = profile.language() == null ? "it" : profile.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new FieldException("language", "The desk speaks " + new TreeSet<>(LANGUAGES));
        }
        return new Profile(displayName, email, profile.roles(), profile.groups(), language);
    }

    private void keepAnAdministrator(String leaving) {
        boolean another = accounts.lockEnabled().stream().anyMatch(a -> !a.getUsername().equals(leaving) && a.isEnabled()
                && !a.isPending() && a.getGivenRoles().contains(Role.ADMIN));
        if (!another) {
            throw new RuleViolationException("LAST_ADMIN", "The desk needs at least one active administrator");
        }
    }

    private void change(UserAccount account, AccountChange.Attribute attribute, String from, String to, Actor by) {
        if (!Objects.equals(from, to)) {
            record(account.getUsername(), attribute, from, to, by);
        }
    }

    private void record(String username, AccountChange.Attribute attribute, String from, String to, Actor by) {
        changes.save(new AccountChange(username, attribute, from, to, by.id(), clock.instant()));
    }

    private static String describe(UserAccount account) {
        return names(account.getGivenRoles()) + (account.getGroups().isEmpty() ? ""
                : " · " + String.join(",", new TreeSet<>(account.getGroups())));
    }

    private static String names(Set<Role> roles) {
        return String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
