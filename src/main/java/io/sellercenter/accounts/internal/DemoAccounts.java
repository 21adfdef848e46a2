package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.StaffRole;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode's accounts, all with the password {@code demo1234}; created once, kept across restarts. */
@Component
@Order(-1)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo1234";

    private final AccountManagement accounts;

    DemoAccounts(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        accounts.ensureStaff("admin@demo.local", PASSWORD, "Platform Admin", Set.of(StaffRole.ADMIN));
        accounts.ensureStaff("reviewer@demo.local", PASSWORD, "Wang Fang (Reviewer)", Set.of(StaffRole.REVIEWER));
        if (accounts.byEmail("seller@demo.local").isEmpty()) {
            var seller = accounts.registerSeller("seller@demo.local", PASSWORD, "Shenzhen Demo Trading Co., Ltd.");
            var main = accounts.current(seller.accountId()).orElseThrow();
            accounts.createSubAccount(
                    main,
                    "shipping@demo.local",
                    PASSWORD,
                    "Li Na (Shipping)",
                    EnumSet.of(Permission.ORDERS, Permission.SHIPPING));
        }
        if (accounts.byEmail("seller2@demo.local").isEmpty()) {
            accounts.registerSeller("seller2@demo.local", PASSWORD, "Yiwu Sunrise Toys Co., Ltd.");
        }
        if (accounts.byEmail("buyer@demo.local").isEmpty()) {
            accounts.registerBuyer("buyer@demo.local", PASSWORD, "Emma Johnson");
        }
    }
}
