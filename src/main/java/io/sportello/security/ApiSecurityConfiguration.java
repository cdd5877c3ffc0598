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
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security of everything that is not the Vaadin UI: the desk's REST API, OpenAPI docs and actuator use
 * HTTP Basic and answer 401/403 as problem+json; the engine REST API is read-only for process owners, and
 * administrators may only do the repairs {@link EngineDoors} lists; Cockpit accepts the Sportello sign-in of
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class ApiSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password sign-in for the UI form and Basic alike, with the sign-in throttle checked before the password. */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserAccountService users, PasswordEncoder encoder,
                                                     SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            throttle.check(user.getUsername());
            status.check(user);
        });
        return provider;
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
                        .requestMatchers(paths("/api/v1/intake/webhooks/**", "/api/v1/intake/whatsapp",
                                "/api/v1/intake/shops/*", "/api/v1/intake/tracking/*")).permitAll()
                        // exists only in the demo profile (stand-in for WhatsApp and a social network)
                        .requestMatchers(paths("/api/v1/demo/sandbox/**", "/api/v1/demo/sandbox")).permitAll()
                        // the engine's own doors: nobody destroys history or bypasses the desk (EngineDoors)
                        .requestMatchers(engine(EngineDoors.Access.NOBODY)).denyAll()
                        .requestMatchers(engine(EngineDoors.Access.ADMIN_WRITE)).hasRole(Role.ADMIN.name())
                        .requestMatchers(engine(EngineDoors.Access.READ)).hasAnyRole(Role.ADMIN.name(),
                                Role.PROCESS_OWNER.name())
                        .requestMatchers(paths("/engine-rest/**")).denyAll()
                        .requestMatchers(paths("/actuator/**")).hasRole(Role.ADMIN.name())
                        // who may call which part of the API at all, decided before a body or parameter is read
                        // (method security on the controllers says the same, closer to the code)
                        .requestMatchers(paths("/api/v1/reports/**")).hasAnyRole(Role.SUPERVISOR.name(), Role.ADMIN.name())
                        .requestMatchers(paths("/api/v1/studio/**")).hasAnyRole(Role.PROCESS_OWNER.name(), Role.ADMIN.name())
                        .requestMatchers(paths("/api/v1/audit/**")).hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(paths("/api/v1/intake/dead-letters/**", "/api/v1/intake/dead-letters",
                                "/api/v1/intake/inbound/**", "/api/v1/admin/**", "/api/v1/admin")).hasRole(Role.ADMIN.name())
                        .requestMatchers(paths("/api/v1/surveys/**")).hasRole(Role.CUSTOMER.name())
                        // merging two people's records is a supervisor's decision
                        .requestMatchers(paths("/api/v1/customers/*/merge", "/api/v1/customers/merges/*/undo")).hasAnyRole(Role.SUPERVISOR.name(),
                                Role.ADMIN.name())
                        .requestMatchers(reads(paths("/api/v1/orders/*"))).hasAnyRole(Role.AGENT.name(),
                                Role.SUPERVISOR.name(), Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers(paths("/api/v1/orders")).hasRole(Role.ADMIN.name())
                        .requestMatchers(reads(paths("/api/v1/tickets/**", "/api/v1/tickets", "/api/v1/customers/**",
                                "/api/v1/customers", "/api/v1/attachments/**"))).hasAnyRole(Role.AGENT.name(),
                                Role.SUPERVISOR.name(), Role.ADMIN.name(), Role.AUDITOR.name())
                        .requestMatchers(paths("/api/v1/tickets/**", "/api/v1/tickets", "/api/v1/customers/**",
                                "/api/v1/customers")).hasAnyRole(Role.AGENT.name(), Role.SUPERVISOR.name(),
                                Role.ADMIN.name())
                        // an agent's results: the agent and supervisors (AgentResults decides whose)
                        .requestMatchers(paths("/api/v1/agents/*/results")).hasAnyRole(Role.AGENT.name(),
                                Role.SUPERVISOR.name())
                        // an agent's own status: the people who take work
                        .requestMatchers(paths("/api/v1/me/**")).hasAnyRole(Role.AGENT.name(), Role.SUPERVISOR.name(),
                                Role.ADMIN.name())
                        .requestMatchers(paths("/api/v1/work-items/**", "/api/v1/work-items")).hasAnyRole(
                                Role.AGENT.name(), Role.SUPERVISOR.name(), Role.ADMIN.name())
                        // auditors are strictly read-only: refused before any request body is even looked at
                        .requestMatchers(ApiSecurityConfiguration::writes).access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Role.AUDITOR.name()))))
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
        // Cockpit: single sign-on with the Sportello account (the session of the UI sign-in), for administrators
        // only; its engine calls pass the same doors as the engine REST API; Tasklist and Admin change nothing
        // (tasks are worked in the desk, users and teams come from Sportello); the webapps keep their own CSRF
        http.securityMatcher(paths("/camunda/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engine(EngineDoors.Access.NOBODY)).denyAll()
                        .requestMatchers(paths("/camunda/api/admin/auth/**", "/camunda/api/cockpit/**"))
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(r -> writes(r) && EngineDoors.enginePath(r) == null).denyAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
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

    static boolean writes(jakarta.servlet.http.HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static RequestMatcher reads(RequestMatcher paths) {
        return request -> !writes(request) && paths.matches(request);
    }

    private static RequestMatcher engine(EngineDoors.Access access) {
        return request -> {
            String path = EngineDoors.enginePath(request);
            return path != null && EngineDoors.access(request.getMethod(), path) == access;
        };
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            // API clients are told to use Basic; a browser is not (it would pop up its own password dialog)
            String accept = request.getHeader("Accept");
            if (accept == null || !accept.contains("text/html")) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Sportello\"");
            }
            problem(json, response, HttpStatus.UNAUTHORIZED, e instanceof org.springframework.security.authentication.LockedException
                    ? e.getMessage() : "Sign in with your Sportello user name and password");
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
