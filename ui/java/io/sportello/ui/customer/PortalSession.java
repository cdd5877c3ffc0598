package io.sportello.ui.customer;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import io.sportello.intake.CustomerPortal.PortalCustomer;
import io.sportello.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The portal customer signed in on this browser session (by a one-time link), kept in Spring Security's context. */
final class PortalSession {

    private PortalSession() {
    }

    static Optional<PortalCustomer> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalCustomer customer
                ? Optional.of(customer) : Optional.empty();
    }

    /** Signs the customer in on a fresh session (no session fixation) with the customer role only. */
    static void signIn(PortalCustomer customer) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getHttpServletRequest().getSession(false) != null) {
            VaadinService.reinitializeSession(request);
        }
        var authentication = new UsernamePasswordAuthenticationToken(customer, null,
                List.of(new SimpleGrantedAuthority(Role.CUSTOMER.authority())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                    response.getHttpServletResponse());
        }
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
    }
}
