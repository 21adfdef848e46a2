package io.sellercenter.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.shared.StateConflictException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    @DisplayName("R-S8 a sub-account's groups are replaced, and it can be disabled and enabled")
    void subAccountGroupsAndStatusChange() {
        var sub = Account.sub(1, "s@x.y", "hash", "S", EnumSet.of(Permission.ORDERS));

        sub.grant(EnumSet.of(Permission.SHIPPING, Permission.FINANCE));
        sub.disable();

        assertThat(sub.permissions()).containsExactlyInAnyOrder(Permission.SHIPPING, Permission.FINANCE);
        assertThat(sub.enabled()).isFalse();
        sub.enable();
        assertThat(sub.enabled()).isTrue();
    }

    @Test
    void onlySubAccountsAreGrantedOrDisabled() {
        var main = Account.main(1, "m@x.y", "hash", "M");
        var staff = Account.staff("a@x.y", "hash", "A", Set.of(StaffRole.ADMIN));

        assertThatThrownBy(() -> main.grant(EnumSet.of(Permission.ORDERS))).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(main::disable).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(staff::disable).isInstanceOf(StateConflictException.class);
        assertThat(staff.roles()).containsExactly(StaffRole.ADMIN);
    }
}
