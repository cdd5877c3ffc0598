package io.sportello.ui.customer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.intake.CustomerPortal;

/** Customer portal sign-in: the customer gives their e-mail address and receives a one-time link. */
@Route(value = "portal/login", autoLayout = false)
@AnonymousAllowed
public class PortalLoginView extends VerticalLayout implements HasDynamicTitle {

    public PortalLoginView(CustomerPortal portal) {
        setMaxWidth("560px");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
        EmailField email = new EmailField(getTranslation("portal.login.email"));
        email.setWidthFull();
        email.setId("portal-email");
        Paragraph answer = new Paragraph();
        answer.setId("portal-login-answer");
        Button send = new Button(getTranslation("portal.login.send"), e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("contact.error.email"));
                email.setInvalid(true);
                return;
            }
            try {
                portal.requestLink(email.getValue(), getLocale().getLanguage(), ClientAddress.current());
                answer.setText(getTranslation("portal.login.sent", email.getValue()));
            } catch (io.sportello.intake.ContactForm.TooManyRequestsException tooMany) {
                answer.setText(getTranslation("contact.error.rate"));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("portal-send-link");
        add(new H1(getTranslation("portal.title")), new Paragraph(getTranslation("portal.login.intro")), email, send, answer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
