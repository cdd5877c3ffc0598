package io.sportello.ui.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import io.sportello.ui.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sign-in form speaks the reader's language, its error too. */
class LoginViewTest extends KaribuTest {

    @Test
    void anItalianColleagueReadsTheSignInFormInItalian() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        // the sign-in page may be open already (the desk sent an anonymous visitor there): come to it anew
        UI.getCurrent().navigate("account/password");
        UI.getCurrent().navigate(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        String json = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(json).contains("Nome utente").contains("Accedi").contains("Nome utente o password errati");
    }
}
