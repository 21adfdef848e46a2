package io.sellercenter.shipping.internal;

import io.sellercenter.shared.Money;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.LogisticsOrderStatusChanged;
import io.sellercenter.shipping.UndeliverableDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Currency;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loads a logistics order locked for its next move and writes the move back. */
@Repository
public class LogisticsOrderRepository {

    private static final String SELECT = """
            select id, seller_id, order_id, service_code, estimated_freight_minor, actual_freight_minor, currency,
                   undeliverable_decision, destination_country, package, created_at, status, cancelled_at,
                   domestic_carrier, domestic_tracking_no
            from logistics_orders""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    LogisticsOrderRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The live logistics order with this waybill, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LogisticsOrder> lockByWaybill(String intlTrackingNo) {
        return jdbc.sql(SELECT + " where intl_tracking_no = ? and status <> 'CANCELLED' for update")
                .param(intlTrackingNo)
                .query(LogisticsOrderRepository::map)
                .optional();
    }

    /** The seller's logistics order, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<LogisticsOrder> lock(long sellerId, long id) {
        return jdbc.sql(SELECT + " where id = ? and seller_id = ? for update")
                .params(id, sellerId)
                .query(LogisticsOrderRepository::map)
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(LogisticsOrder order) {
        var actual = order.actualFreight();
        jdbc.sql("""
                        update logistics_orders set version = version + 1, status = ?, actual_freight_minor = ?, cancelled_at = ?,
                          domestic_carrier = ?, domestic_tracking_no = ?
                        where id = ?""")
                .params(
                        order.status().name(),
                        actual == null ? null : actual.minorUnits(),
                        order.cancelledAt() == null ? null : Timestamp.from(order.cancelledAt()),
                        order.domesticCarrier(),
                        order.domesticTrackingNo(),
                        order.id())
                .update();
        order.unsavedMoveFrom()
                .ifPresent(from -> events.publishEvent(new LogisticsOrderStatusChanged(
                        order.id(), order.orderId(), order.sellerId().value(), from, order.status())));
        order.saved();
    }

    private static LogisticsOrder map(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        var actual = rs.getObject("actual_freight_minor");
        var cancelled = rs.getTimestamp("cancelled_at");
        return new LogisticsOrder(
                rs.getLong("id"),
                rs.getLong("seller_id"),
                rs.getLong("order_id"),
                rs.getString("service_code"),
                new Money(rs.getLong("estimated_freight_minor"), currency),
                UndeliverableDecision.valueOf(rs.getString("undeliverable_decision")),
                rs.getString("destination_country"),
                rs.getString("package"),
                rs.getTimestamp("created_at").toInstant(),
                LogisticsOrderStatus.valueOf(rs.getString("status")),
                actual == null ? null : new Money(((Number) actual).longValue(), currency),
                cancelled == null ? null : cancelled.toInstant(),
                rs.getString("domestic_carrier"),
                rs.getString("domestic_tracking_no"));
    }
}
