package io.sportello.ui.customer;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The network address of the person on the page, as the server sees it (behind a proxy, the forwarded address that
 * Tomcat's remote-IP handling took from {@code X-Forwarded-For}); what the public doors count their limits by.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    /** The address of the request being handled, or null outside a request (nothing is limited then). */
    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
