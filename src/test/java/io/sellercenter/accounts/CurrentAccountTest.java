package io.sellercenter.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.shared.ForbiddenException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CurrentAccountTest {

    private static CurrentAccount of(AccountKind kind, Set<Permission> permissions) {
        return new CurrentAccount(
                new AccountId(1),
                "a@b.c",
                "A",
                kind,
                kind == AccountKind.MAIN || kind == AccountKind.SUB ? new SellerId(7) : null,
                kind == AccountKind.BUYER ? 9L : null,
                kind == AccountKind.STAFF ? Set.of(StaffRole.REVIEWER) : Set.of(),
                permissions);
    }

    @Test
    @DisplayName("R-S8 a main account holds every permission group")
    void mainAccountHoldsEveryPermission() {
        var main = of(AccountKind.MAIN, Set.of());

        for (var permission : Permission.values()) {
            assertThat(main.requirePermission(permission)).isEqualTo(new SellerId(7));
        }
        assertThat(main.requireMain()).isEqualTo(new SellerId(7));
    }

    @Test
    @DisplayName("R-S8 a sub-account acts for its seller only within its groups")
    void subAccountActsWithinItsGroups() {
        var sub = of(AccountKind.SUB, EnumSet.of(Permission.ORDERS));

        assertThat(sub.requirePermission(Permission.ORDERS)).isEqualTo(new SellerId(7));
        for (var permission : EnumSet.complementOf(EnumSet.of(Permission.ORDERS))) {
            assertThatThrownBy(() -> sub.requirePermission(permission))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.code()).isEqualTo("PERMISSION_REQUIRED");
                        assertThat(e.status()).isEqualTo(403);
                    });
        }
        assertThatThrownBy(sub::requireMain).hasFieldOrPropertyWithValue("code", "MAIN_ACCOUNT_REQUIRED");
    }

    @Test
    void buyersAndStaffActForNoSeller() {
        var buyer = of(AccountKind.BUYER, Set.of());
        var staff = of(AccountKind.STAFF, Set.of());

        assertThatThrownBy(buyer::requireSeller).hasFieldOrPropertyWithValue("code", "SELLER_ACCOUNT_REQUIRED");
        assertThatThrownBy(() -> staff.requirePermission(Permission.ORDERS))
                .hasFieldOrPropertyWithValue("code", "SELLER_ACCOUNT_REQUIRED");
        assertThat(buyer.requireBuyer()).isEqualTo(9L);
        staff.requireStaff(StaffRole.REVIEWER);
        assertThatThrownBy(() -> staff.requireStaff(StaffRole.ADMIN))
                .hasFieldOrPropertyWithValue("code", "STAFF_ROLE_REQUIRED");
        assertThatThrownBy(() -> buyer.requireStaff()).hasFieldOrPropertyWithValue("code", "STAFF_ACCOUNT_REQUIRED");
    }
}
