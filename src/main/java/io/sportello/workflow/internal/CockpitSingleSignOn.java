package io.sportello.workflow.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda Cockpit trusts the Sportello sign-in: administrators signed in to Sportello open it without a second
 * password (what they may change there is limited by the security configuration's engine doors).
 * The engine's identity service gets a matching user (random password, group {@code camunda-admin}) on
 * first use, since the webapps look users up there.
 */
@Configuration(proxyBeanMethods = false)
class CockpitSingleSignOn {

    static final Set<String> ALLOWED = Set.of("ROLE_ADMIN");
    static final String ADMIN_GROUP = EngineGroups.ADMINS;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new WebappPathAwareFilter(webappPath));
        registration.setName("camunda-sportello-sso");
        registration.addInitParameter("authentication-provider", SportelloAuthenticationProvider.class.getName());
        registration.addUrlPatterns(webappPath + "/*");
        // after Spring Security, which has established who is signed in
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /**
     * The engine REST API acts as the signed-in Sportello user, so the engine's own authorization applies behind
     * the path rules: administrators are in {@code camunda-admin}, process owners in a group that may only read
     * ({@link EngineAuthorizations}).
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-sportello-user");
        registration.addInitParameter("authentication-provider", EngineRestAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** The Spring Security principal of an engine REST call, with the engine group of its role. */
    public static class EngineRestAuthenticationProvider implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(java.util.stream.Collectors.toSet());
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(roles.contains("ROLE_ADMIN") ? List.of(ADMIN_GROUP)
                    : roles.contains("ROLE_PROCESS_OWNER") ? List.of(EngineGroups.PROCESS_OWNERS) : List.of());
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security in front of the API answers 401 with its own challenge
        }
    }

    /** Camunda's filter matches paths relative to the webapps' root; here they live under {@code webappPath}. */
    static class WebappPathAwareFilter extends ContainerBasedAuthenticationFilter {
        private final String webappPath;

        WebappPathAwareFilter(String webappPath) {
            this.webappPath = webappPath;
        }

        @Override
        protected String getRequestUri(HttpServletRequest request) {
            String uri = super.getRequestUri(request);
            return uri.startsWith(webappPath + "/") ? uri.substring(webappPath.length()) : uri;
        }
    }

    /** Hands the Spring Security principal to the Camunda webapps. */
    public static class SportelloAuthenticationProvider implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated() || authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).noneMatch(ALLOWED::contains)) {
                return AuthenticationResult.unsuccessful();
            }
            provision(engine.getIdentityService(), authentication.getName());
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(List.of(ADMIN_GROUP));
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // the Spring Security chain in front of the webapps sends people to the Sportello sign-in page
        }

        private static synchronized void provision(IdentityService identity, String userId) {
            if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
                Group group = identity.newGroup(ADMIN_GROUP);
                group.setName("Camunda administrators");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(userId).count() == 0) {
                User user = identity.newUser(userId);
                user.setFirstName(userId);
                user.setLastName("(Sportello)");
                user.setPassword(UUID.randomUUID().toString());
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(userId).memberOfGroup(ADMIN_GROUP).count() == 0) {
                identity.createMembership(userId, ADMIN_GROUP);
            }
        }
    }
}
