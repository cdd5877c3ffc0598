package io.sportello.security;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty user table, creates the first administrator from {@code SPORTELLO_ADMIN_PASSWORD}
 * (user name {@code SPORTELLO_ADMIN_USER}, default {@code admin}). Without the variable nobody is created.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService users;
    private final String username;
    private final String password;

    AdminBootstrap(UserAccountService users, @Value("${sportello.security.admin-user:admin}") String username,
                   @Value("${sportello.security.admin-password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0 || password.isBlank()) {
            return;
        }
        users.create(username, "Administrator", null, password, EnumSet.of(Role.ADMIN), Set.of(), "en");
        log.info("Created the first administrator '{}'", username);
    }
}
