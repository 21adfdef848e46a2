package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.AccountId;
import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.StateConflictException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers sellers and buyers, manages sub-accounts (R-S8) and staff. */
@Service
public class AccountManagement {

    /** bcrypt reads at most 72 bytes: a longer password would be silently cut. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    AccountManagement(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record Registered(long sellerOrBuyerId, long accountId) {}

    @Transactional
    public Registered registerSeller(String email, String password, String displayName) {
        var sellerId = jdbc.sql("insert into sellers (display_name) values (?) returning id")
                .param(displayName)
                .query(Long.class)
                .single();
        var account = save(Account.main(sellerId, normalize(email), hash(password), displayName));
        return new Registered(sellerId, account.id());
    }

    @Transactional
    public Registered registerBuyer(String email, String password, String displayName) {
        var buyerId = jdbc.sql("insert into buyers (display_name) values (?) returning id")
                .param(displayName)
                .query(Long.class)
                .single();
        var account = save(Account.buyer(buyerId, normalize(email), hash(password), displayName));
        return new Registered(buyerId, account.id());
    }

    @Transactional
    public Account createSubAccount(
            CurrentAccount owner, String email, String password, String displayName, Set<Permission> permissions) {
        var seller = owner.requireMain();
        return save(Account.sub(seller.value(), normalize(email), hash(password), displayName, permissions));
    }

    /** Changes what the main account asks for; {@code null} leaves a part as it is. */
    @Transactional
    public Account changeSubAccount(
            CurrentAccount owner, long accountId, Set<Permission> permissions, Boolean enabled, String displayName) {
        var account = subAccount(owner, accountId);
        if (permissions != null) {
            account.grant(permissions);
        }
        if (Boolean.TRUE.equals(enabled)) {
            account.enable();
        } else if (Boolean.FALSE.equals(enabled)) {
            account.disable();
        }
        if (displayName != null) {
            account.rename(displayName);
        }
        return accounts.save(account);
    }

    @Transactional(readOnly = true)
    public Account subAccount(CurrentAccount owner, long accountId) {
        var seller = owner.requireMain();
        return accounts.findById(accountId)
                .filter(a -> a.kind() == AccountKind.SUB)
                .filter(a -> a.sellerId() == seller.value())
                .orElseThrow(() -> new NotFoundException("sub-account"));
    }

    @Transactional(readOnly = true)
    public Page<Account> subAccounts(CurrentAccount owner, PageRequest page) {
        var seller = owner.requireMain();
        return Page.of(
                accounts.findSubAccounts(seller.value(), page.size(), page.offset()),
                page,
                accounts.countSubAccounts(seller.value()));
    }

    /** The account as it is now, or empty when it no longer exists or is disabled. */
    public Optional<CurrentAccount> current(long accountId) {
        return jdbc.sql(CURRENT + " where a.id = ? and a.enabled")
                .param(accountId)
                .query(AccountManagement::currentAccount)
                .optional();
    }

    public Optional<CurrentAccount> currentByEmail(String email) {
        return jdbc.sql(CURRENT + " where lower(a.email) = lower(?) and a.enabled")
                .param(normalize(email))
                .query(AccountManagement::currentAccount)
                .optional();
    }

    /** The enabled account with its grants, read in one statement: every request loads it (R-S8 applies at once). */
    static final String CURRENT = """
            select a.id, a.email, a.display_name, a.kind, a.seller_id, a.buyer_id,
              array(select p.permission from account_permissions p where p.account_id = a.id) as permissions,
              array(select r.role from account_roles r where r.account_id = a.id) as roles
            from accounts a""";

    static CurrentAccount currentAccount(ResultSet rs, int row) throws SQLException {
        var sellerId = rs.getObject("seller_id", Long.class);
        return new CurrentAccount(
                new AccountId(rs.getLong("id")),
                rs.getString("email"),
                rs.getString("display_name"),
                AccountKind.valueOf(rs.getString("kind")),
                sellerId == null ? null : new SellerId(sellerId),
                rs.getObject("buyer_id", Long.class),
                enums(rs.getArray("roles"), StaffRole.class),
                enums(rs.getArray("permissions"), Permission.class));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        var set = EnumSet.noneOf(type);
        for (var name : (String[]) array.getArray()) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }

    @Transactional(readOnly = true)
    public Optional<Account> byEmail(String email) {
        return accounts.findByEmail(normalize(email));
    }

    /** Creates a staff account unless one with this e-mail exists already. */
    @Transactional
    public void ensureStaff(String email, String password, String displayName, Set<StaffRole> roles) {
        if (!accounts.emailTaken(normalize(email))) {
            save(Account.staff(normalize(email), hash(password), displayName, roles));
        }
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.anyAdmin();
    }

    private Account save(Account account) {
        if (accounts.emailTaken(account.email())) {
            throw new StateConflictException("EMAIL_TAKEN");
        }
        try {
            return accounts.save(account);
        } catch (DuplicateKeyException raced) {
            throw new StateConflictException("EMAIL_TAKEN");
        }
    }

    private String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("password", "PASSWORD_TOO_LONG");
        }
        return passwords.encode(password);
    }

    private static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
