package io.sportello.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.sportello.SurveyLinks;
import io.sportello.security.AccountChange;
import io.sportello.security.Role;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAdministration;
import io.sportello.ui.KaribuTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator invites a seasonal agent from the People screen; the agent chooses a password on the page the
 * mailed link opens; the administrator deactivates them at the end of the season, and sees every change listed.
 */
class PeopleViewTest extends KaribuTest {

    @Autowired
    GreenMail greenMail;
    @Autowired
    UserAdministration administration;

    @SuppressWarnings("unchecked")
    private static <T> MultiSelectComboBox<T> combo(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static String state() {
        return _get(Paragraph.class, spec -> spec.withId("people-state")).getText();
    }

    @Test
    void anAdministratorInvitesASeasonalAgentWhoChoosesAPasswordAndIsDeactivatedInJanuary() {
        String username = "marta." + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@negozio.example";
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-invite")));
        _setValue(_get(TextField.class, spec -> spec.withId("people-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("people-name")), "Marta Stagionale");
        _click(_get(Button.class, spec -> spec.withId("people-save")));
        assertThat(_get(EmailField.class, spec -> spec.withId("people-email")).isInvalid()).as("no address").isTrue();
        assertThat(state()).isEqualTo("Enter an e-mail address the invitation can reach.");

        _setValue(_get(EmailField.class, spec -> spec.withId("people-email")), email);
        combo("people-roles").setValue(Set.of(Role.AGENT));
        combo("people-groups").setValue(Set.of("tier2"));
        _click(_get(Button.class, spec -> spec.withId("people-save")));
        assertThat(state()).startsWith("Invitation sent to " + email + "; the link works until ");
        Grid<UserAccount> people = _get(Grid.class, spec -> spec.withId("people"));
        assertThat(GridKt._findAll(people)).anySatisfy(a -> {
            assertThat(a.getUsername()).isEqualTo(username);
            assertThat(a.getStatus()).isEqualTo(UserAccount.Status.INVITED);
        });

        // the colleague opens the link from the mail, signed in as nobody
        String token = SurveyLinks.passwordToken(greenMail, email);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        UI.getCurrent().navigate("account/password", com.vaadin.flow.router.QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-greeting")).getText())
                .isEqualTo("Ciao Marta Stagionale, scegli la password con cui accederai come " + username + ".");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "neve a gennaio 2027");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "neve a gennaio 2026");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-repeat")).getErrorMessage())
                .isEqualTo("Le due password non coincidono.");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), "neve a gennaio 2027");
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-greeting")).getText())
                .isEqualTo("La tua password è salvata. Ora puoi accedere come " + username + ".");
        UI.getCurrent().navigate("account/password", com.vaadin.flow.router.QueryParameters.of("token", token));
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-greeting")).getText())
                .startsWith("Questo link non funziona più");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("password-save"));

        // January: the administrator deactivates them
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        PeopleView view = _get(PeopleView.class);
        view.edit(administration.get(username));
        _click(_get(Button.class, spec -> spec.withId("people-deactivate")));
        assertThat(state()).startsWith("Marta Stagionale is deactivated");
        assertThat(administration.get(username).getStatus()).isEqualTo(UserAccount.Status.DEACTIVATED);
        Grid<AccountChange> changes = _get(Grid.class, spec -> spec.withId("people-changes"));
        assertThat(GridKt._findAll(changes)).extracting(AccountChange::getAttribute).containsExactly(
                AccountChange.Attribute.DEACTIVATED, AccountChange.Attribute.PASSWORD_SET, AccountChange.Attribute.INVITED);
        assertThat(_get(Button.class, spec -> spec.withId("people-reactivate")).isVisible()).isTrue();
    }

    @Test
    void anAdministratorAddsAWarehouseTeamAndPutsSomeoneInIt() {
        String key = "warehouse-" + UUID.randomUUID().toString().substring(0, 4);
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("team-key")), "Magazzino Nord");
        _setValue(_get(TextField.class, spec -> spec.withId("team-name-en")), "Warehouse");
        _setValue(_get(TextField.class, spec -> spec.withId("team-name-it")), "Magazzino");
        _click(_get(Button.class, spec -> spec.withId("team-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("team-key")).getErrorMessage())
                .startsWith("A team's key is 2 to 40 lower-case letters");

        _setValue(_get(TextField.class, spec -> spec.withId("team-key")), key);
        _click(_get(Button.class, spec -> spec.withId("team-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("team-state")).getText()).isEqualTo("Team " + key + " saved.");
        MultiSelectComboBox<String> groups = combo("people-groups");
        assertThat(groups.getListDataView().getItems()).contains(key, "tier1");
    }

    @Autowired
    io.sportello.routing.AgentProfiles profiles;

    @Test
    void anAdministratorGivesAnAgentSkillsLanguagesAndCapacity() {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        PeopleView view = _get(PeopleView.class);
        view.edit(administration.get("sara"));
        _setValue(_get(TextField.class, spec -> spec.withId("people-skills")), "payments 4, refunds");
        combo("people-spoken").setValue(Set.of("it"));
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("people-capacity-EMAIL")), 5);
        _click(_get(Button.class, spec -> spec.withId("people-save-profile")));
        assertThat(state()).isEqualTo("Skills and capacity saved.");
        var sara = profiles.profile("sara");
        assertThat(sara.getSkills()).containsEntry("payments", 4).containsEntry("refunds", 3);
        assertThat(io.sportello.routing.AgentProfiles.capacity(sara, io.sportello.shared.Channel.EMAIL)).isEqualTo(5);
        assertThat(sara.getCapacity()).as("the channels left empty keep their defaults")
                .doesNotContainKey(io.sportello.shared.Channel.CHAT);
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("people-capacity-CHAT")).getPlaceholder()).isEqualTo("3");

        _setValue(_get(TextField.class, spec -> spec.withId("people-skills")), "payments molto");
        _click(_get(Button.class, spec -> spec.withId("people-save-profile")));
        assertThat(_get(TextField.class, spec -> spec.withId("people-skills")).isInvalid()).isTrue();
        assertThat(state()).startsWith("Write skills as lower-case words with a level from 1 to 5");
    }

    @Test
    void agentsAndSupervisorsDoNotManagePeople() {
        login("elena");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate(PeopleView.class))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
