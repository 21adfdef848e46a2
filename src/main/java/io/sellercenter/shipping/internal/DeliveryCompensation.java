package io.sellercenter.shipping.internal;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.Money;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compensation for online shipments (R-H13). The rule: a parcel the platform received but did not
 * deliver within its channel's promised days — delivered late, or still on its way when the days are
 * up — earns the seller the freight paid, capped at the estimate held, credited once to the
 * deduction account. Undeliverable parcels (a buyer-side cause) and offline shipments never earn it.
 */
@Service
public class DeliveryCompensation {

    private final JdbcClient jdbc;
    private final FreightAccounts freight;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean sweeping;

    DeliveryCompensation(
            JdbcClient jdbc,
            FreightAccounts freight,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${sellercenter.shipping.compensation-sweep:true}") boolean sweeping) {
        this.jdbc = jdbc;
        this.freight = freight;
        this.transactions = transactions;
        this.clock = clock;
        this.sweeping = sweeping;
    }

    /** Credits the compensation of a received parcel unless it already has one. */
    @Transactional(propagation = Propagation.MANDATORY)
    void credit(long logisticsOrderId) {
        jdbc.sql("""
                        update logistics_orders set compensated_at = ? where id = ? and compensated_at is null
                          and actual_freight_minor is not null
                        returning seller_id, least(actual_freight_minor, estimated_freight_minor), currency""")
                .params(Timestamp.from(clock.instant()), logisticsOrderId)
                .query((rs, n) -> {
                    freight.compensate(
                            new SellerId(rs.getLong(1)),
                            "logistics:" + logisticsOrderId,
                            new Money(rs.getLong(2), Currency.getInstance(rs.getString(3))));
                    return logisticsOrderId;
                })
                .list();
    }

    @Scheduled(fixedDelayString = "${sellercenter.shipping.compensation-poll:PT10M}", initialDelayString = "PT1M")
    void poll() {
        if (sweeping) {
            sweep();
        }
    }

    /** Compensates every received parcel whose promised days are up; returns how many. */
    public int sweep() {
        var total = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                var overdue = jdbc.sql("""
                                select l.id from logistics_orders l join logistics_channels c on c.service_code = l.service_code
                                where l.status in ('RECEIVED', 'DISPATCHED', 'IN_TRANSIT') and l.compensated_at is null
                                  and l.created_at + make_interval(days => c.delivery_days) < ?
                                order by l.created_at limit 200 for update of l skip locked""")
                        .param(Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .list();
                overdue.forEach(this::credit);
                return overdue.size();
            });
            total += batch;
            if (batch < 200) {
                return total;
            }
        }
    }
}
