package io.sportello.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.security.UserAccount;
import io.sportello.security.UserAdministration;
import io.sportello.shared.FieldException;
import java.util.List;

/**
 * Where an invited colleague, or one who was sent a reset, chooses their password with the one-time link from their
 * mail. A link that was used, replaced or has expired says so and points to the administrator.
 */
@Route(value = "account/password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MIN_LENGTH = 12;

    private final UserAdministration administration;
    final Paragraph greeting = new Paragraph();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Paragraph result = new Paragraph();
    private String token;

    public SetPasswordView(UserAdministration administration) {
        this.administration = administration;
        setMaxWidth("480px");
        addClassName("help-centre");
        greeting.setId("password-greeting");
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.password.help", MIN_LENGTH));
        password.setId("password-new");
        password.setWidthFull();
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("password-repeat");
        repeat.setWidthFull();
        save.setText(getTranslation("account.password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        result.setId("password-result");
        add(new H1(getTranslation("account.password.title")), greeting, password, repeat, save, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = tokens.isEmpty() ? null : tokens.get(0);
        var holder = administration.holderOf(token);
        holder.ifPresentOrElse(this::greet, this::linkDoesNotWork);
    }

    private void greet(UserAccount account) {
        greeting.setText(getTranslation("account.password.greeting", account.getDisplayName(), account.getUsername()));
    }

    private void linkDoesNotWork() {
        greeting.setText(getTranslation("account.password.invalidLink"));
        password.setVisible(false);
        repeat.setVisible(false);
        save.setVisible(false);
    }

    void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (password.getValue().length() < MIN_LENGTH) {
            invalid(password, getTranslation("account.password.tooShort", MIN_LENGTH));
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            invalid(repeat, getTranslation("account.password.different"));
            return;
        }
        try {
            UserAccount account = administration.setPassword(token, password.getValue());
            password.clear();
            repeat.clear();
            password.setVisible(false);
            repeat.setVisible(false);
            save.setVisible(false);
            greeting.setText(getTranslation("account.password.done", account.getUsername()));
            result.removeAll();
            Anchor signIn = new Anchor("login", getTranslation("account.password.signIn"));
            signIn.setId("password-sign-in");
            result.add(signIn);
        } catch (FieldException e) {
            if ("token".equals(e.field())) {
                linkDoesNotWork();
            } else {
                invalid(password, getTranslation("account.password.tooEasy"));
            }
        }
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.password.title");
    }
}
