package io.sportello.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security of everything that is not the Vaadin UI: the desk's REST API, OpenAPI docs and actuator use
 * HTTP Basic and answer 401/403 as problem+json; the engine REST API is for administrators and process
 * owners only; the Camunda webapps accept the Sportello sign-in of administrators and process owners.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class ApiSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        // plain path matchers: /engine-rest is served by Jersey, not by Spring MVC's dispatcher
        http.securityMatcher(paths("/api/**", "/engine-rest/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**")).permitAll()
                        // machines that cannot sign in: each call is checked by its HMAC signature instead
                        .requestMatchers(paths("/api/v1/intake/webhooks/**", "/api/v1/intake/whatsapp")).permitAll()
                        // exists only in the demo profile (stand-in for WhatsApp and a social network)
                        .requestMatchers(paths("/api/v1/demo/sandbox/**", "/api/v1/demo/sandbox")).permitAll()
                        // the audit trail cannot be changed or deleted by anyone, whatever the role
                        .requestMatchers(ApiSecurityConfiguration::destroysHistory).denyAll()
                        // auditors are strictly read-only: refused before any request body is even looked at
                        .requestMatchers(ApiSecurityConfiguration::writes).access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.AUDITOR.name()))))
                        .requestMatchers(paths("/engine-rest/**")).hasAnyRole(Role.ADMIN.name(), Role.PROCESS_OWNER.name())
                        .requestMatchers(paths("/actuator/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(json)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(json)).accessDeniedHandler(forbidden(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http) throws Exception {
        // Cockpit, Tasklist and Admin: single sign-on with the Sportello account (the session of the UI sign-in);
        // only administrators and process owners; the webapps keep their own CSRF protection
        http.securityMatcher(paths("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ApiSecurityConfiguration::destroysHistory).denyAll()
                        .anyRequest().hasAnyRole(Role.ADMIN.name(), Role.PROCESS_OWNER.name()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login")))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain errorPageSecurity(HttpSecurity http) throws Exception {
        // errors of the engine webapps and REST API are rendered here with their own status (401, 404…),
        // not turned into a redirect to the UI's sign-in page
        http.securityMatcher(paths("/error"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Engine calls (REST API, and Cockpit's copy of it) that would change or delete the audit trail: deleting or
     * editing history, changing its removal time or running cleanup by hand, and deleting deployments (a cascading
     * delete removes the history of every ticket that ran on them; old versions stay available for the record).
     * History is removed only by the configured cleanup window, after each model's {@code historyTimeToLive}.
     */
    static boolean writes(jakarta.servlet.http.HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    static boolean destroysHistory(jakarta.servlet.http.HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/engine/")) {
            return false;
        }
        if ("DELETE".equals(method) && path.contains("/deployment/")) {
            return true;
        }
        if (!path.contains("/history/") || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return false;
        }
        return "DELETE".equals(method) || "PUT".equals(method) || path.endsWith("/delete")
                || path.endsWith("/set-removal-time") || path.endsWith("/history/cleanup")
                || path.contains("/removal-time") || path.contains("/annotation");
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sportello\"");
            problem(json, response, HttpStatus.UNAUTHORIZED, "Sign in with your Sportello user name and password");
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> problem(json, response, HttpStatus.FORBIDDEN,
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    private static void problem(ObjectMapper json, jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
                                String detail) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", detail));
    }
}
