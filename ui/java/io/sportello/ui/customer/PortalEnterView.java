package io.sportello.ui.customer;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.intake.CustomerPortal;

/** Where the one-time link leads: signs the customer in and shows their tickets, or explains that the link is spent. */
@Route(value = "portal/enter/:token", autoLayout = false)
@AnonymousAllowed
public class PortalEnterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerPortal portal;

    public PortalEnterView(CustomerPortal portal) {
        this.portal = portal;
        setMaxWidth("560px");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var customer = portal.redeem(event.getRouteParameters().get("token").orElse(""));
        if (customer.isPresent()) {
            PortalSession.signIn(customer.get());
            event.forwardTo(PortalView.class);
            return;
        }
        if (PortalSession.current().isPresent()) {
            // the same browser opened the link again (reload, double navigation): it is already signed in
            event.forwardTo(PortalView.class);
            return;
        }
        Paragraph invalid = new Paragraph(getTranslation("portal.enter.invalid"));
        invalid.setId("portal-link-invalid");
        add(new H1(getTranslation("portal.title")), invalid, new Anchor("portal/login", getTranslation("portal.enter.again")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
