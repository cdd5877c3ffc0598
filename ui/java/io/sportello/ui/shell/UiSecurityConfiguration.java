package io.sportello.ui.shell;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's own filter chain: form sign-in on {@link LoginView}, every view guarded by its access annotation; the
 * help centre's files are open to the request and checked by their own rule. A session whose account changed (see
 * {@link io.sportello.security.StaleSessionFilter}) ends at its next request.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurityConfiguration {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http,
                                                  io.sportello.security.UserAccountService accounts) throws Exception {
        // an open tab loses its rights the moment an administrator deactivates the person or changes their roles
        http.addFilterAfter(new io.sportello.security.StaleSessionFilter(accounts),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // the help centre's images and files: the knowledge base decides per file who gets it (KnowledgeFiles)
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                        .matcher(org.springframework.http.HttpMethod.GET, "/help/files/**")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
