package io.sellercenter.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.internal.AccountManagement;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PageRequest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Accounts on their own: main accounts, sub-accounts and their permissions, the seller every account acts for. */
@ModuleTest
class AccountsModuleTest {

    private final AccountManagement accounts;

    AccountsModuleTest(AccountManagement accounts) {
        this.accounts = accounts;
    }

    private CurrentAccount registered() {
        var email = UUID.randomUUID() + "@accounts.test";
        accounts.registerSeller(email, "secret-pass-1", "Module Test Trading Co., Ltd.");
        return accounts.currentByEmail(email).orElseThrow();
    }

    @Test
    @DisplayName("R-S2 R-S8 a registered seller's main account may do everything; a sub-account only what it is given")
    void subAccountPermissions() {
        var main = registered();
        assertThat(main.permissions()).containsExactlyInAnyOrder(Permission.values());

        var sub = accounts.createSubAccount(
                main,
                UUID.randomUUID() + "@accounts.test",
                "secret-pass-2",
                "Shipping clerk",
                Set.of(Permission.SHIPPING));
        var acting = accounts.current(sub.id()).orElseThrow();

        assertThat(acting.sellerId()).isEqualTo(main.sellerId());
        assertThat(acting.requirePermission(Permission.SHIPPING)).isEqualTo(main.sellerId());
        assertThatThrownBy(() -> acting.requirePermission(Permission.FINANCE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.createSubAccount(acting, "x@accounts.test", "secret-pass-3", "X", Set.of()))
                .as("only the main account manages sub-accounts")
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @DisplayName("R-S8 a disabled sub-account no longer acts; another seller's sub-accounts are not found")
    void disableAndTenancy() {
        var main = registered();
        var other = registered();
        var sub = accounts.createSubAccount(
                main, UUID.randomUUID() + "@accounts.test", "secret-pass-2", "Clerk", Set.of(Permission.ORDERS));

        assertThatThrownBy(() -> accounts.subAccount(other, sub.id())).isInstanceOf(NotFoundException.class);
        assertThat(accounts.subAccounts(other, new PageRequest(0, 10)).items()).isEmpty();

        accounts.changeSubAccount(main, sub.id(), null, false, null);
        assertThat(accounts.current(sub.id())).isEmpty();
    }
}
