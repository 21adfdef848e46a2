package io.sellercenter.billing;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The freight deduction account (R-H2): the withholding agreement online freight is paid from. */
@Service
public class FreightAccounts {

    public record Account(
            boolean bound, ProviderCode provider, String accountNo, String agreementNo, Instant boundAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    FreightAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Binds (or re-binds) an International Alipay withholding agreement; main account or FINANCE. */
    @Transactional
    public Account bind(CurrentAccount me, ProviderCode provider, String accountNo, String agreementNo) {
        var seller = me.requirePermission(Permission.FINANCE).value();
        if (provider != ProviderCode.ALIPAY_INTL) {
            throw new InvalidInputException("provider", "WITHHOLDING_ALIPAY_ONLY");
        }
        jdbc.sql("""
                        insert into freight_accounts (seller_id, version, provider, account_no, agreement_no, bound, bound_at)
                        values (?, 0, ?, ?, ?, true, ?)
                        on conflict (seller_id) do update set version = freight_accounts.version + 1, provider = excluded.provider,
                          account_no = excluded.account_no, agreement_no = excluded.agreement_no, bound = true,
                          bound_at = excluded.bound_at, unbound_at = null""")
                .params(seller, provider.name(), accountNo, agreementNo, Timestamp.from(clock.instant()))
                .update();
        return find(seller).orElseThrow();
    }

    @Transactional
    public Account unbind(CurrentAccount me) {
        var seller = me.requirePermission(Permission.FINANCE).value();
        jdbc.sql("update freight_accounts set version = version + 1, bound = false, unbound_at = ? where seller_id = ?")
                .params(Timestamp.from(clock.instant()), seller)
                .update();
        return find(seller).orElse(new Account(false, null, null, null, null));
    }

    @Transactional(readOnly = true)
    public Account get(CurrentAccount me) {
        return find(me.requireSeller().value()).orElse(new Account(false, null, null, null, null));
    }

    /** Whether the seller can pay online freight now (R-H2). */
    public boolean bound(long sellerId) {
        return find(sellerId).map(Account::bound).orElse(false);
    }

    private Optional<Account> find(long seller) {
        return jdbc.sql(
                        "select bound, provider, account_no, agreement_no, bound_at from freight_accounts where seller_id = ?")
                .param(seller)
                .query((rs, n) -> new Account(
                        rs.getBoolean(1),
                        ProviderCode.valueOf(rs.getString(2)),
                        mask(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** Only the first and last characters of the Alipay account are shown back. */
    private static String mask(String accountNo) {
        return accountNo.length() <= 4
                ? "****"
                : accountNo.substring(0, 2) + "****" + accountNo.substring(accountNo.length() - 2);
    }
}
