package io.sellercenter.billing.internal;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.Money;
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
