package io.sportello.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.routing.AgentProfile;
import io.sportello.routing.AgentProfiles;
import io.sportello.security.AccountChange;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.Team;
import io.sportello.security.Teams;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAccountService;
import io.sportello.security.UserAdministration;
import io.sportello.shared.Channel;
import io.sportello.shared.FieldException;
import io.sportello.shared.RuleViolationException;
import io.sportello.ui.shell.DeskZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The desk's people for administrators: everybody with an account and where they stand (invited, active,
 * deactivated); invite somebody new, change roles, teams and language, deactivate or bring back, send a password
 * link; and the history of every change to a person's account.
 */
@Route("admin/people")
@Menu(title = "menu.people", order = 4)
@RolesAllowed(Role.Names.ADMIN)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> SPOKEN = List.of("it", "en", "de", "fr", "es");
    private static final List<Role> GIVEN_ROLES = Arrays.stream(Role.values()).filter(r -> r != Role.CUSTOMER).toList();

    private final UserAdministration administration;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final Teams teams;
    private final DateTimeFormatter when;
    final Grid<Team> teamGrid = new Grid<>();
    final TextField teamKey = new TextField();
    final TextField teamNameEn = new TextField();
    final TextField teamNameIt = new TextField();
    final Paragraph teamState = new Paragraph();
    private final AgentProfiles profiles;
    final TextField skills = new TextField();
    final MultiSelectComboBox<String> spoken = new MultiSelectComboBox<>();
    final Map<Channel, IntegerField> capacity = new EnumMap<>(Channel.class);
    final Button saveProfile = new Button();
    final VerticalLayout profileBox = new VerticalLayout();
    final Grid<UserAccount> people = new Grid<>();
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> groups = new MultiSelectComboBox<>();
    final Select<String> language = new Select<>();
    final Button save = new Button();
    final Button deactivate = new Button();
    final Button reactivate = new Button();
    final Button passwordLink = new Button();
    final Paragraph state = new Paragraph();
    final Grid<AccountChange> changes = new Grid<>();
    private UserAccount editing;

    public PeopleView(UserAdministration administration, UserAccountService accounts, CurrentUser currentUser,
                      Teams teams, AgentProfiles profiles, DeskZone zone) {
        this.teams = teams;
        this.profiles = profiles;
        this.administration = administration;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone.get());
        setSizeFull();

        people.setId("people");
        people.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("people.col.name")).setFlexGrow(2)
                .setSortable(true);
        people.addColumn(UserAccount::getUsername).setHeader(getTranslation("people.col.username")).setSortable(true);
        people.addColumn(a -> a.getGivenRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("people.col.roles")).setFlexGrow(2);
        people.addColumn(a -> String.join(", ", new TreeSet<>(a.getGroups()))).setHeader(getTranslation("people.col.groups"))
                .setFlexGrow(2);
        people.addColumn(a -> getTranslation("language." + a.getLanguage())).setHeader(getTranslation("people.col.language"));
        people.addColumn(a -> getTranslation("people.status." + a.getStatus().name()))
                .setHeader(getTranslation("people.col.status"));
        people.setHeight("320px");
        people.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        username.setLabel(getTranslation("people.field.username"));
        username.setHelperText(getTranslation("people.field.username.help"));
        username.setId("people-username");
        displayName.setLabel(getTranslation("people.field.name"));
        displayName.setId("people-name");
        email.setLabel(getTranslation("people.field.email"));
        email.setId("people-email");
        roles.setLabel(getTranslation("people.field.roles"));
        roles.setItems(GIVEN_ROLES);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("people-roles");
        groups.setLabel(getTranslation("people.field.groups"));
        groups.setHelperText(getTranslation("people.field.groups.help"));
        groups.setId("people-groups");
        groups.setItemLabelGenerator(this::teamLabel);
        language.setLabel(getTranslation("people.field.language"));
        language.setItems("it", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setId("people-language");
        for (var field : List.of(username, displayName, email)) {
            field.setWidthFull();
        }
        roles.setWidthFull();
        groups.setWidthFull();

        save.setId("people-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        deactivate.setText(getTranslation("people.deactivate"));
        deactivate.setId("people-deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deactivate.addClickListener(e -> act(() -> administration.deactivate(editing.getUsername(), actor()),
                "people.deactivated"));
        reactivate.setText(getTranslation("people.reactivate"));
        reactivate.setId("people-reactivate");
        reactivate.addClickListener(e -> act(() -> administration.reactivate(editing.getUsername(), actor()),
                "people.reactivated"));
        passwordLink.setText(getTranslation("people.passwordLink"));
        passwordLink.setId("people-password-link");
        passwordLink.addClickListener(e -> act(() -> administration.sendPasswordLink(editing.getUsername(), actor()),
                "people.linkSent"));
        state.setId("people-state");

        changes.setId("people-changes");
        changes.addColumn(c -> when.format(c.getOccurredAt())).setHeader(getTranslation("people.col.when"));
        changes.addColumn(c -> getTranslation("people.change." + c.getAttribute().name()))
                .setHeader(getTranslation("people.col.change")).setFlexGrow(2);
        changes.addColumn(c -> c.getFromValue() == null && c.getToValue() == null ? ""
                : dash(c.getFromValue()) + " → " + dash(c.getToValue())).setHeader(getTranslation("people.col.values"))
                .setFlexGrow(3);
        changes.addColumn(c -> accounts.displayName(c.getActor())).setHeader(getTranslation("people.col.by"));
        changes.setHeight("220px");

        Button invite = new Button(getTranslation("people.invite"), e -> newPerson());
        invite.setId("people-invite");
        HorizontalLayout where = new HorizontalLayout(roles, groups, language);
        where.setWidthFull();
        where.addClassName(LumoUtility.FlexWrap.WRAP);
        VerticalLayout form = new VerticalLayout(new HorizontalLayout(username, displayName, email), where,
                new HorizontalLayout(save, passwordLink, deactivate, reactivate), state);
        form.setPadding(false);
        add(new H2(getTranslation("people.title")), new Paragraph(getTranslation("people.intro")), invite, people, form,
                profileBox(), new H3(getTranslation("people.changes")), changes, teamsBox());
        showPeople();
        newPerson();
    }

    private io.sportello.shared.Actor actor() {
        return currentUser.require().actor();
    }

    private String teamLabel(String key) {
        return teams.all().stream().filter(t -> t.getKey().equals(key)).findFirst()
                .map(t -> key + " · " + t.name(getLocale().getLanguage())).orElse(key);
    }

    /** What routing needs of an agent: skills with a level, languages, how much at once per channel. */
    private VerticalLayout profileBox() {
        skills.setLabel(getTranslation("people.field.skills"));
        skills.setHelperText(getTranslation("people.field.skills.help"));
        skills.setId("people-skills");
        skills.setWidthFull();
        spoken.setLabel(getTranslation("people.field.spoken"));
        spoken.setItems(SPOKEN);
        spoken.setItemLabelGenerator(l -> getTranslation("language." + l));
        spoken.setId("people-spoken");
        HorizontalLayout perChannel = new HorizontalLayout();
        perChannel.addClassName(LumoUtility.FlexWrap.WRAP);
        for (Channel channel : Channel.values()) {
            IntegerField field = new IntegerField(getTranslation("channel." + channel.name()));
            field.setMin(0);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setWidth("9em");
            field.setId("people-capacity-" + channel.name());
            capacity.put(channel, field);
            perChannel.add(field);
        }
        saveProfile.setText(getTranslation("people.saveProfile"));
        saveProfile.setId("people-save-profile");
        saveProfile.addClickListener(e -> saveProfile());
        profileBox.add(new H3(getTranslation("people.profile")), new Paragraph(getTranslation("people.profile.intro")),
                skills, spoken, perChannel, saveProfile);
        profileBox.setPadding(false);
        profileBox.setVisible(false);
        return profileBox;
    }

    private void showProfile(UserAccount account) {
        boolean works = account.getGivenRoles().contains(Role.AGENT) || account.getGivenRoles().contains(Role.SUPERVISOR);
        profileBox.setVisible(works);
        AgentProfile profile = profiles.profile(account.getUsername());
        skills.setValue(profile.getSkills().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        spoken.setValue(profile.getLanguages());
        // an empty field means the channel's default (shown as the placeholder), which stays a default when saved
        capacity.forEach((channel, field) -> {
            field.setValue(profile.getCapacity().get(channel));
            field.setPlaceholder(String.valueOf(AgentProfiles.DEFAULT_CAPACITY.getOrDefault(channel, 5)));
            field.setInvalid(false);
        });
        skills.setInvalid(false);
        spoken.setInvalid(false);
    }

    void saveProfile() {
        skills.setInvalid(false);
        spoken.setInvalid(false);
        capacity.values().forEach(f -> f.setInvalid(false));
        Map<String, Integer> parsed = new java.util.LinkedHashMap<>();
        for (String part : skills.getValue().split(",")) {
            String[] words = part.strip().split("[\\s:]+");
            if (words.length == 0 || words[0].isBlank()) {
                continue;
            }
            try {
                parsed.put(words[0], words.length > 1 ? Integer.parseInt(words[1]) : 3);
            } catch (NumberFormatException e) {
                parsed.put(words[0], -1);
            }
        }
        Map<Channel, Integer> perChannel = new EnumMap<>(Channel.class);
        capacity.forEach((channel, field) -> {
            if (field.getValue() != null) {
                perChannel.put(channel, field.getValue());
            }
        });
        try {
            profiles.describe(editing.getUsername(), parsed, spoken.getValue(), perChannel, actor());
            changes.setItems(administration.changes(editing.getUsername()));
            state.setText(getTranslation("people.profileSaved"));
        } catch (FieldException e) {
            String message = getTranslation("people.error." + e.field());
            switch (e.field()) {
                case "languages" -> {
                    spoken.setErrorMessage(message);
                    spoken.setInvalid(true);
                }
                case "capacity" -> capacity.values().stream().filter(f -> f.getValue() != null
                        && (f.getValue() < 0 || f.getValue() > 100)).forEach(f -> {
                            f.setErrorMessage(message);
                            f.setInvalid(true);
                        });
                default -> invalid(skills, message);
            }
            state.setText(message);
        }
    }

    /** The teams: the built-in ones and those administrators added, which models may then offer work to. */
    private VerticalLayout teamsBox() {
        teamGrid.setId("teams");
        teamGrid.addColumn(Team::getKey).setHeader(getTranslation("teams.col.key"));
        teamGrid.addColumn(Team::getNameEn).setHeader(getTranslation("teams.col.nameEn")).setFlexGrow(2);
        teamGrid.addColumn(Team::getNameIt).setHeader(getTranslation("teams.col.nameIt")).setFlexGrow(2);
        teamGrid.addColumn(t -> accounts.all().stream().filter(a -> a.isEnabled() && a.getGroups().contains(t.getKey()))
                .count()).setHeader(getTranslation("teams.col.people"));
        teamGrid.setAllRowsVisible(true);
        teamGrid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                teamKey.setValue(e.getValue().getKey());
                teamNameEn.setValue(e.getValue().getNameEn());
                teamNameIt.setValue(e.getValue().getNameIt());
            }
        });
        teamKey.setLabel(getTranslation("teams.field.key"));
        teamKey.setHelperText(getTranslation("teams.field.key.help"));
        teamKey.setId("team-key");
        teamNameEn.setLabel(getTranslation("teams.col.nameEn"));
        teamNameEn.setId("team-name-en");
        teamNameIt.setLabel(getTranslation("teams.col.nameIt"));
        teamNameIt.setId("team-name-it");
        Button saveTeam = new Button(getTranslation("teams.save"), e -> saveTeam());
        saveTeam.setId("team-save");
        teamState.setId("team-state");
        HorizontalLayout fields = new HorizontalLayout(teamKey, teamNameEn, teamNameIt, saveTeam);
        fields.setAlignItems(Alignment.BASELINE);
        fields.addClassName(LumoUtility.FlexWrap.WRAP);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("teams.title")),
                new Paragraph(getTranslation("teams.intro")), teamGrid, fields, teamState);
        box.setPadding(false);
        return box;
    }

    void saveTeam() {
        for (var f : List.of(teamKey, teamNameEn, teamNameIt)) {
            f.setInvalid(false);
        }
        try {
            Team team = teams.define(teamKey.getValue(), teamNameEn.getValue(), teamNameIt.getValue(), actor());
            teamState.setText(getTranslation("teams.saved", team.getKey()));
            showPeople();
        } catch (FieldException e) {
            TextField field = switch (e.field()) {
                case "key" -> teamKey;
                case "nameEn" -> teamNameEn;
                default -> teamNameIt;
            };
            invalid(field, getTranslation("teams.error." + e.field()));
            teamState.setText(getTranslation("teams.error." + e.field()));
        }
    }

    private void showPeople() {
        people.setItems(accounts.all().stream().sorted(Comparator.comparing(UserAccount::getDisplayName,
                Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))).toList());
        groups.setItems(teams.keys());
        teamGrid.setItems(teams.all());
    }

    void newPerson() {
        editing = null;
        people.asSingleSelect().clear();
        username.setReadOnly(false);
        username.clear();
        displayName.clear();
        email.clear();
        roles.setValue(Set.of(Role.AGENT));
        groups.clear();
        language.setValue("it");
        save.setText(getTranslation("people.sendInvitation"));
        for (var b : List.of(deactivate, reactivate, passwordLink)) {
            b.setVisible(false);
        }
        state.setText(getTranslation("people.state.new"));
        changes.setItems(List.of());
        profileBox.setVisible(false);
    }

    void edit(UserAccount account) {
        editing = account;
        username.setValue(account.getUsername());
        username.setReadOnly(true);
        displayName.setValue(account.getDisplayName() == null ? "" : account.getDisplayName());
        email.setValue(account.getEmail() == null ? "" : account.getEmail());
        roles.setValue(account.getGivenRoles());
        groups.setItems(teams.keys());
        groups.setValue(account.getGroups().stream().filter(teams.keys()::contains).collect(Collectors.toSet()));
        language.setValue(account.getLanguage() == null ? "it" : account.getLanguage());
        save.setText(getTranslation("people.save"));
        deactivate.setVisible(account.isEnabled());
        reactivate.setVisible(!account.isEnabled());
        passwordLink.setVisible(account.isEnabled());
        passwordLink.setText(getTranslation(account.isPending() ? "people.invitationAgain" : "people.passwordLink"));
        state.setText(getTranslation("people.state." + account.getStatus().name(), account.getDeactivatedAt() == null
                ? "" : when.format(account.getDeactivatedAt())));
        changes.setItems(administration.changes(account.getUsername()));
        showProfile(account);
    }

    void save() {
        for (var field : List.of(username, displayName)) {
            field.setInvalid(false);
        }
        email.setInvalid(false);
        roles.setInvalid(false);
        groups.setInvalid(false);
        var profile = new UserAdministration.Profile(displayName.getValue(), email.getValue(), roles.getValue(),
                groups.getValue(), language.getValue());
        try {
            UserAccount saved;
            if (editing == null) {
                var link = administration.invite(username.getValue(), profile, actor());
                saved = administration.get(link.username());
                showPeople();
                edit(saved);
                state.setText(getTranslation("people.invited", saved.getEmail(), when.format(link.expiresAt())));
            } else {
                saved = administration.update(editing.getUsername(), profile, actor());
                showPeople();
                edit(saved);
                state.setText(getTranslation("people.saved"));
            }
        } catch (FieldException e) {
            String message = getTranslation("people.error." + e.field());
            switch (e.field()) {
                case "username" -> invalid(username, message);
                case "displayName" -> invalid(displayName, message);
                case "email" -> {
                    email.setErrorMessage(message);
                    email.setInvalid(true);
                }
                case "roles" -> {
                    roles.setErrorMessage(message);
                    roles.setInvalid(true);
                }
                default -> {
                    groups.setErrorMessage(message);
                    groups.setInvalid(true);
                }
            }
            state.setText(message);
        } catch (RuleViolationException e) {
            state.setText(getTranslation("people.rule." + e.rule()));
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            UserAccount fresh = administration.get(editing.getUsername());
            showPeople();
            edit(fresh);
            state.setText(getTranslation(done, fresh.getDisplayName()));
        } catch (RuleViolationException e) {
            state.setText(getTranslation("people.rule." + e.rule()));
        } catch (FieldException e) {
            state.setText(getTranslation("people.error." + e.field()));
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
