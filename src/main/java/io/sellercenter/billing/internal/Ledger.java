package io.sellercenter.billing.internal;

import io.sellercenter.shared.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The double-entry ledger: each transaction debits one account and credits another by the same amount. */
@Component
class Ledger {

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One transaction: {@code amount} debited to one account and credited to another. */
    record Posting(
            String transactionRef, long sellerId, String description, Money amount, String debit, String credit) {}

    /** Posts once per {@code transactionRef}: the unique key refuses a second posting. */
    @Transactional(propagation = Propagation.MANDATORY)
    void post(String transactionRef, long sellerId, String description, Money amount, String debit, String credit) {
        postAll(List.of(new Posting(transactionRef, sellerId, description, amount, debit, credit)));
    }

    /** Both entries of every posting in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    void postAll(List<Posting> postings) {
        if (postings.isEmpty()) {
            return;
        }
        var n = postings.size() * 2;
        var refs = new String[n];
        var accounts = new String[n];
        var sellers = new long[n];
        var amounts = new long[n];
        var currencies = new String[n];
        var descriptions = new String[n];
        for (int i = 0; i < postings.size(); i++) {
            var p = postings.get(i);
            for (int side = 0; side < 2; side++) {
                var k = 2 * i + side;
                refs[k] = p.transactionRef();
                accounts[k] = side == 0 ? p.debit() : p.credit();
                sellers[k] = p.sellerId();
                amounts[k] = side == 0 ? p.amount().minorUnits() : -p.amount().minorUnits();
                currencies[k] = p.amount().currency().getCurrencyCode();
                descriptions[k] = p.description();
            }
        }
        jdbc.sql("""
                        insert into ledger_entries (transaction_ref, account, seller_id, amount_minor, currency, description, created_at)
                        select u.*, ? from unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[]) as u""")
                .params(Timestamp.from(clock.instant()), refs, accounts, sellers, amounts, currencies, descriptions)
                .update();
    }
}
