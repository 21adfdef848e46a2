package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A login account: a seller's main or sub-account, staff, or a buyer. */
@Table("accounts")
public class Account {

    @Id
    private Long id;

    @Version
    private Integer version;

    private final String email;
    private String passwordHash;
    private String displayName;
    private final AccountKind kind;
    private final Long sellerId;
    private final Long buyerId;
    private boolean enabled;
    private final Instant createdAt;

    @MappedCollection(idColumn = "account_id")
    private Set<PermissionGrant> permissions;

    @MappedCollection(idColumn = "account_id")
    private Set<RoleGrant> roles;

    @Table("account_permissions")
    record PermissionGrant(Permission permission) {}

    @Table("account_roles")
    record RoleGrant(StaffRole role) {}

    @PersistenceCreator
    Account(
            Long id,
            Integer version,
            String email,
            String passwordHash,
            String displayName,
            AccountKind kind,
            Long sellerId,
            Long buyerId,
            boolean enabled,
            Instant createdAt,
            Set<PermissionGrant> permissions,
            Set<RoleGrant> roles) {
        this.id = id;
        this.version = version;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.kind = kind;
        this.sellerId = sellerId;
        this.buyerId = buyerId;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.permissions = new HashSet<>(permissions);
        this.roles = new HashSet<>(roles);
    }

    private static Account create(
            String email, String passwordHash, String displayName, AccountKind kind, Long sellerId, Long buyerId) {
        return new Account(
                null,
                null,
                email,
                passwordHash,
                displayName,
                kind,
                sellerId,
                buyerId,
                true,
                Instant.now(),
                Set.of(),
                Set.of());
    }

    static Account main(long sellerId, String email, String passwordHash, String displayName) {
        return create(email, passwordHash, displayName, AccountKind.MAIN, sellerId, null);
    }

    static Account sub(
            long sellerId, String email, String passwordHash, String displayName, Set<Permission> permissions) {
        var account = create(email, passwordHash, displayName, AccountKind.SUB, sellerId, null);
        account.grant(permissions);
        return account;
    }

    static Account buyer(long buyerId, String email, String passwordHash, String displayName) {
        return create(email, passwordHash, displayName, AccountKind.BUYER, null, buyerId);
    }

    static Account staff(String email, String passwordHash, String displayName, Set<StaffRole> roles) {
        var account = create(email, passwordHash, displayName, AccountKind.STAFF, null, null);
        account.roles = roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
        return account;
    }

    /** Replaces the permission groups of a sub-account (R-S8); other kinds have none to change. */
    void grant(Set<Permission> granted) {
        requireSub();
        permissions = granted.stream().map(PermissionGrant::new).collect(Collectors.toSet());
    }

    void disable() {
        requireSub();
        enabled = false;
    }

    void enable() {
        requireSub();
        enabled = true;
    }

    void rename(String newName) {
        displayName = newName;
    }

    private void requireSub() {
        if (kind != AccountKind.SUB) {
            throw new StateConflictException("NOT_A_SUB_ACCOUNT");
        }
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public AccountKind kind() {
        return kind;
    }

    public Long sellerId() {
        return sellerId;
    }

    public Long buyerId() {
        return buyerId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Permission> permissions() {
        var result = EnumSet.noneOf(Permission.class);
        permissions.forEach(p -> result.add(p.permission()));
        return result;
    }

    public Set<StaffRole> roles() {
        var result = EnumSet.noneOf(StaffRole.class);
        roles.forEach(r -> result.add(r.role()));
        return result;
    }
}
