package io.sportello.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request paths that percent-encode plain letters, digits or {@code -._~} ({@code /%65ngine-rest},
 * {@code /process-%64efinition}): no browser or client does so, and such paths are spelt to slip past path rules.
 * Encoded spaces, accents and reserved characters are untouched (and Spring Security's firewall judges those).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EncodedPathGuard extends OncePerRequestFilter {

    private static final Pattern ENCODED_UNRESERVED =
            Pattern.compile("%(3[0-9]|4[1-9a-fA-F]|5[0-9aA]|6[1-9a-fA-F]|7[0-9aA]|2[dDeE]|5[fF]|7[eE])");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri != null && ENCODED_UNRESERVED.matcher(uri).find()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"The path encodes characters that need no encoding\",\"field\":\"path\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
