package io.sellercenter.billing;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.internal.FreightLedger;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The freight deduction account (R-H2): the withholding agreement online freight is paid from. */
@Service
public class FreightAccounts {

    public record Account(
            boolean bound,
            ProviderCode provider,
            String accountNo,
            String agreementNo,
            Instant boundAt,
            List<Money> balanceHeld,
            List<Movement> charges,
            List<Movement> credits) {

        static Account unbound() {
            return new Account(false, null, null, null, null, List.of(), List.of(), List.of());
        }
    }

    /**
     * One movement on the deduction account, for a logistics order or an overseas warehouse's outbound order (its
     * handling and last-mile fees, R-W8). The amount is signed as the seller sees it: a hold or a charge takes money
     * (negative), a release or a compensation gives it back.
     */
    public record Movement(Kind kind, Long logisticsOrderId, Long overseasFulfilmentId, Money amount, Instant at) {

        public enum Kind {
            HOLD,
            RELEASE,
            FREIGHT_CHARGE,
            RETURN_FEE,
            COMPENSATION,
            OVERSEAS_HANDLING,
            OVERSEAS_LAST_MILE;

            public boolean overseas() {
                return this == OVERSEAS_HANDLING || this == OVERSEAS_LAST_MILE;
            }
        }

        public static Movement of(Kind kind, long subjectId, Money amount, Instant at) {
            return kind.overseas()
                    ? new Movement(kind, null, subjectId, amount, at)
                    : new Movement(kind, subjectId, null, amount, at);
        }
    }

    /** Which movements a ledger shows: some kinds (all when empty), from (inclusive) and to (exclusive) when given. */
    public record LedgerFilter(Set<Movement.Kind> kinds, Instant from, Instant to) {
        public static final LedgerFilter ALL = new LedgerFilter(Set.of(), null, null);

        public LedgerFilter {
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FreightLedger ledger;

    FreightAccounts(JdbcClient jdbc, Clock clock, FreightLedger ledger) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** The estimated freight of one shipment, held until the parcel is weighed or the shipment cancelled. */
    /** What was charged in one week (its Monday) in one currency. */
    public record WeekCharge(LocalDate week, Money amount) {}

    public record Hold(String reference, Money amount) {}

    /** Holds the estimated freight of shipments on the deduction account, once per reference (R-H2). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdAll(SellerId sellerId, List<Hold> holds) {
        if (!boundForHolds(sellerId.value())) {
            throw new RuleViolationException(Rule.R_H2, "DEDUCTION_ACCOUNT_NOT_BOUND");
        }
        ledger.holdAll(sellerId.value(), holds);
    }

    /** Gives a hold back, e.g. when the logistics order is cancelled before the parcel is received. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(SellerId sellerId, String reference, Money amount) {
        ledger.release(sellerId.value(), reference, amount);
    }

    /** Charges the actual freight once the parcel is weighed: the hold goes back, the actual amount is taken. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settleHold(SellerId sellerId, String reference, Money held, Money actual) {
        ledger.release(sellerId.value(), reference, held);
        ledger.charge(sellerId.value(), reference, actual);
    }

    /** Charges a fee of a shipment once per reference, e.g. the return of an undeliverable parcel. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void charge(SellerId sellerId, String reference, Money amount) {
        ledger.charge(sellerId.value(), reference, amount);
    }

    /** Credits a compensation once per reference. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void compensate(SellerId sellerId, String reference, Money amount) {
        ledger.compensate(sellerId.value(), reference, amount);
    }

    /** What is held on the seller's deduction account now, per currency. */
    @Transactional(readOnly = true)
    public List<Money> held(SellerId sellerId) {
        return ledger.held(sellerId.value());
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
        lock(seller, "pg_advisory_xact_lock");
        jdbc.sql("update freight_accounts set version = version + 1, bound = false, unbound_at = ? where seller_id = ?")
                .params(Timestamp.from(clock.instant()), seller)
                .update();
        return find(seller).orElse(Account.unbound());
    }

    @Transactional(readOnly = true)
    public Account get(CurrentAccount me) {
        var seller = me.requireSeller().value();
        return find(seller).orElse(Account.unbound());
    }

    /** Every movement on the deduction account, newest first (main account or FINANCE). */
    @Transactional(readOnly = true)
    /** Freight charged per week over the last {@code weeks} weeks, in the reader's zone (FINANCE). */
    public List<WeekCharge> chargedPerWeek(CurrentAccount me, int weeks, ZoneId zone) {
        var seller = me.requirePermission(Permission.FINANCE).value();
        var monday = LocalDate.now(clock.withZone(zone)).with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        return ledger.chargedPerWeek(seller, monday.atStartOfDay(zone).toInstant(), zone);
    }

    public Page<Movement> ledger(CurrentAccount me, LedgerFilter filter, PageRequest page) {
        var seller = me.requirePermission(Permission.FINANCE).value();
        return Page.of(
                ledger.movements(seller, filter, page.size(), page.offset()),
                page,
                ledger.movementCount(seller, filter));
    }

    /**
     * Whether the seller can pay online freight now (R-H2). The holds take the account's lock shared until they commit,
     * an unbind takes it alone: an unbind racing with them either waits for them or is seen by them, so no hold lands
     * on an unbound account. An advisory lock, not a row lock, so that a shipment writes nothing to the account row.
     */
    private boolean boundForHolds(long sellerId) {
        lock(sellerId, "pg_advisory_xact_lock_shared");
        return jdbc.sql("select count(*) > 0 from freight_accounts where seller_id = ? and bound")
                .param(sellerId)
                .query(Boolean.class)
                .single();
    }

    /** The seller's deduction-account lock until the transaction ends, shared or alone as {@code function} takes it. */
    private void lock(long sellerId, String function) {
        jdbc.sql("select " + function + "(hashtext('freight-account:' || ?))")
                .param(sellerId)
                .query(Object.class)
                .single();
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
                        rs.getTimestamp(5).toInstant(),
                        ledger.held(seller),
                        ledger.movements(
                                seller,
                                new LedgerFilter(
                                        Set.of(Movement.Kind.FREIGHT_CHARGE, Movement.Kind.RETURN_FEE), null, null),
                                20,
                                0),
                        ledger.movements(
                                seller, new LedgerFilter(Set.of(Movement.Kind.COMPENSATION), null, null), 20, 0)))
                .optional();
    }

    /** Only the first and last characters of the Alipay account are shown back. */
    private static String mask(String accountNo) {
        return accountNo.length() <= 4
                ? "****"
                : accountNo.substring(0, 2) + "****" + accountNo.substring(accountNo.length() - 2);
    }
}
