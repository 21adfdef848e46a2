package io.sellercenter.accounts;

import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.Term;
import java.util.EnumSet;
import java.util.Set;

/**
 * The account making the request, loaded fresh for each request. Controllers take it as a
 * parameter; the {@code require…} methods throw {@link ForbiddenException} (403) when the account
 * may not do the thing.
 */
public record CurrentAccount(
        AccountId id,
        String email,
        String displayName,
        AccountKind kind,
        SellerId sellerId,
        Long buyerId,
        Set<StaffRole> roles,
        Set<Permission> permissions) {

    public CurrentAccount {
        roles = Set.copyOf(roles);
        permissions = kind == AccountKind.MAIN ? EnumSet.allOf(Permission.class) : Set.copyOf(permissions);
    }

    public boolean isSeller() {
        return kind == AccountKind.MAIN || kind == AccountKind.SUB;
    }

    public boolean isStaff() {
        return kind == AccountKind.STAFF;
    }

    public boolean has(Permission permission) {
        return isSeller() && permissions.contains(permission);
    }

    /** The seller this account acts for, with the given permission group (R-S8). */
    public SellerId requirePermission(Permission permission) {
        var seller = requireSeller();
        if (!permissions.contains(permission)) {
            throw new ForbiddenException("PERMISSION_REQUIRED", Term.of("permission", permission))
                    .with("permission", permission.name());
        }
        return seller;
    }

    /** The seller this account acts for, whatever its permissions. */
    public SellerId requireSeller() {
        if (!isSeller()) {
            throw new ForbiddenException("SELLER_ACCOUNT_REQUIRED");
        }
        return sellerId;
    }

    /** The seller, when this is its main account: things only the owner may do. */
    public SellerId requireMain() {
        requireSeller();
        if (kind != AccountKind.MAIN) {
            throw new ForbiddenException("MAIN_ACCOUNT_REQUIRED");
        }
        return sellerId;
    }

    public long requireBuyer() {
        if (kind != AccountKind.BUYER) {
            throw new ForbiddenException("BUYER_ACCOUNT_REQUIRED");
        }
        return buyerId;
    }

    public void requireStaff(StaffRole... anyOf) {
        if (!isStaff()) {
            throw new ForbiddenException("STAFF_ACCOUNT_REQUIRED");
        }
        for (var role : anyOf) {
            if (roles.contains(role)) {
                return;
            }
        }
        if (anyOf.length > 0) {
            throw new ForbiddenException("STAFF_ROLE_REQUIRED", Term.of("role", anyOf[0]))
                    .with("role", anyOf[0].name());
        }
    }
}
