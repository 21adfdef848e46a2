package io.sellercenter.billing.internal;

import io.sellercenter.shared.Money;
import java.sql.Timestamp;
import java.time.Clock;
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

    /** Posts once per {@code transactionRef}: the unique key refuses a second posting. */
    @Transactional(propagation = Propagation.MANDATORY)
    void post(String transactionRef, long sellerId, String description, Money amount, String debit, String credit) {
        var now = Timestamp.from(clock.instant());
        var sql = """
                insert into ledger_entries (transaction_ref, account, seller_id, amount_minor, currency, description, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""";
        var currency = amount.currency().getCurrencyCode();
        jdbc.sql(sql)
                .params(transactionRef, debit, sellerId, amount.minorUnits(), currency, description, now)
                .update();
        jdbc.sql(sql)
                .params(transactionRef, credit, sellerId, -amount.minorUnits(), currency, description, now)
                .update();
    }
}
