package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.StaffRole;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform admin from {@code SELLERCENTER_ADMIN_EMAIL} and
 * {@code SELLERCENTER_ADMIN_PASSWORD} when no admin exists yet; demo mode brings its own staff.
 */
@Component
@Order(0)
class StaffBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

    private final AccountManagement accounts;
    private final String email;
    private final String password;

    StaffBootstrap(
            AccountManagement accounts,
            @Value("${sellercenter.admin.email:${SELLERCENTER_ADMIN_EMAIL:}}") String email,
            @Value("${sellercenter.admin.password:${SELLERCENTER_ADMIN_PASSWORD:}}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn(
                    "No platform admin exists: set SELLERCENTER_ADMIN_EMAIL and SELLERCENTER_ADMIN_PASSWORD and restart");
            return;
        }
        accounts.ensureStaff(email, password, "Platform admin", Set.of(StaffRole.ADMIN, StaffRole.REVIEWER));
        log.info("Created the first platform admin {}", email);
    }
}
