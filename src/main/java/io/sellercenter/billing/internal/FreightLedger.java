package io.sellercenter.billing.internal;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Freight holds in the double-entry ledger: the deduction account owes them to the hold account until charged or released. */
@Component
public class FreightLedger {

    private final Ledger ledger;
    private final JdbcClient jdbc;

    FreightLedger(Ledger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    public void holdAll(long sellerId, List<FreightAccounts.Hold> holds) {
        ledger.postAll(holds.stream()
                .map(h -> new Ledger.Posting(
                        "hold:" + h.reference(),
                        sellerId,
                        "freight hold " + h.reference(),
                        h.amount(),
                        holdAccount(sellerId),
                        deductionAccount(sellerId)))
                .toList());
    }

    public void release(long sellerId, String reference, Money amount) {
        ledger.post(
                "release:" + reference,
                sellerId,
                "freight hold released " + reference,
                amount,
                deductionAccount(sellerId),
                holdAccount(sellerId));
    }

    /** The actual freight leaves the deduction account for good. */
    public void charge(long sellerId, String reference, Money amount) {
        ledger.post(
                "charge:" + reference,
                sellerId,
                "freight charged " + reference,
                amount,
                chargedAccount(sellerId),
                deductionAccount(sellerId));
    }

    /** The platform compensates a late online delivery: a credit back onto the deduction account (R-H13). */
    public void compensate(long sellerId, String reference, Money amount) {
        ledger.post(
                "compensation:" + reference,
                sellerId,
                "delivery compensation " + reference,
                amount,
                deductionAccount(sellerId),
                "platform:compensation");
    }

    /** The deduction account's movements that pass {@code filter}, newest first. */
    public List<FreightAccounts.Movement> movements(
            long sellerId, FreightAccounts.LedgerFilter filter, int limit, long offset) {
        var wanted = filter.kinds().stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql(MOVEMENTS + " order by id desc limit ? offset ?")
                .params(params(sellerId, filter, wanted, limit, offset))
                .query((rs, n) -> FreightAccounts.Movement.of(
                        FreightAccounts.Movement.Kind.valueOf(rs.getString(1)),
                        Long.parseLong(rs.getString(2).substring(rs.getString(2).lastIndexOf(':') + 1)),
                        new Money(rs.getLong(3), Currency.getInstance(rs.getString(4))),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public long movementCount(long sellerId, FreightAccounts.LedgerFilter filter) {
        var wanted = filter.kinds().stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("select count(*) from (" + MOVEMENTS + ") c")
                .params(params(sellerId, filter, wanted))
                .query(Long.class)
                .single();
    }

    private static final String MOVEMENTS = """
            select kind, transaction_ref, amount_minor, currency, created_at from (
              select case when transaction_ref like 'hold:%' then 'HOLD'
                          when transaction_ref like 'release:%' then 'RELEASE'
                          when transaction_ref like 'charge:return:%' then 'RETURN_FEE'
                          when transaction_ref like 'charge:overseas:handling:%' then 'OVERSEAS_HANDLING'
                          when transaction_ref like 'charge:overseas:last-mile:%' then 'OVERSEAS_LAST_MILE'
                          when transaction_ref like 'charge:%' then 'FREIGHT_CHARGE'
                          else 'COMPENSATION' end as kind, e.*
              from ledger_entries e where account = ?
                and (cast(? as timestamptz) is null or created_at >= ?)
                and (cast(? as timestamptz) is null or created_at < ?)) m
            where cardinality(?::text[]) = 0 or kind = any(?::text[])""";

    private Object[] params(long sellerId, FreightAccounts.LedgerFilter filter, String[] wanted, Object... more) {
        var from = filter.from() == null ? null : Timestamp.from(filter.from());
        var to = filter.to() == null ? null : Timestamp.from(filter.to());
        var fixed = new Object[] {deductionAccount(sellerId), from, from, to, to, wanted, wanted};
        var all = Arrays.copyOf(fixed, fixed.length + more.length);
        System.arraycopy(more, 0, all, fixed.length, more.length);
        return all;
    }

    /** Freight charged per week (Monday to Sunday in {@code zone}) since {@code from}, per currency. */
    public List<FreightAccounts.WeekCharge> chargedPerWeek(long sellerId, Instant from, ZoneId zone) {
        return jdbc.sql("""
                        select date_trunc('week', created_at at time zone ?)::date as week, currency, sum(amount_minor)
                          from ledger_entries where account = ? and created_at >= ?
                         group by 1, 2 order by 1, 2""")
                .params(zone.getId(), chargedAccount(sellerId), Timestamp.from(from))
                .query((rs, n) -> new FreightAccounts.WeekCharge(
                        rs.getObject(1, LocalDate.class),
                        new Money(rs.getLong(3), Currency.getInstance(rs.getString(2)))))
                .list();
    }

    public List<Money> held(long sellerId) {
        return jdbc.sql("""
                        select currency, sum(amount_minor) from ledger_entries where account = ?
                        group by currency having sum(amount_minor) <> 0 order by currency""")
                .param(holdAccount(sellerId))
                .query((rs, n) -> new Money(rs.getLong(2), Currency.getInstance(rs.getString(1))))
                .list();
    }

    private static String holdAccount(long sellerId) {
        return "seller:" + sellerId + ":freight_held";
    }

    private static String chargedAccount(long sellerId) {
        return "seller:" + sellerId + ":freight_charged";
    }

    private static String deductionAccount(long sellerId) {
        return "seller:" + sellerId + ":deduction_account";
    }
}
