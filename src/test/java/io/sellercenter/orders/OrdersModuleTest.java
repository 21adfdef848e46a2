package io.sellercenter.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.OnlineShipping;
import io.sellercenter.orders.internal.ShippingNotice;
import io.sellercenter.orders.internal.ShippingNotices;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.UndeliverableDecision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Orders with everything they stand on: what one shipment may carry is the order's to decide, so shipping online and
 * declaring a shipment refuse the same things with the same answer.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class OrdersModuleTest {

    private final OnlineShipping online;
    private final ShippingNotices notices;
    private final JdbcClient jdbc;
    private final CurrentAccount seller;

    OrdersModuleTest(OnlineShipping online, ShippingNotices notices, JdbcClient jdbc, AccountLookup accounts) {
        this.online = online;
        this.notices = notices;
        this.jdbc = jdbc;
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
    }

    private long orderIn(String status) {
        return jdbc.sql("""
                        select o.id from orders o where o.seller_id = ? and o.order_status = ?
                          and not exists (select 1 from logistics_orders l where l.order_id = o.id)
                        order by o.id limit 1""")
                .params(seller.sellerId().value(), status)
                .query(Long.class)
                .single();
    }

    private Function<Map<Long, Integer>, DomainException> online(long orderId) {
        var sender = new PostalAddress("陈静", "13800138000", "CN", null, "Shenzhen", "18 Xixiang Avenue", "518102");
        return items -> refusal(() -> online.create(
                seller,
                new OnlineShipping.Form(
                        orderId,
                        "CAINIAO_STANDARD",
                        GoodsType.GENERAL,
                        null,
                        sender,
                        null,
                        List.of(new DeclaredItem("Item", "商品", "", 1, BigDecimal.TEN, 100)),
                        new LogisticsServices.Parcel(100, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN),
                        Handover.SELF_SEND,
                        false,
                        UndeliverableDecision.RETURN,
                        true,
                        items)));
    }

    private Function<Map<Long, Integer>, DomainException> declared(long orderId) {
        return items -> refusal(() -> notices.declare(
                seller,
                orderId,
                new ShippingNotices.Declaration(
                        ShippingNotice.SendType.PART, "UPS", "1Z999AA10123456784", null, null, items)));
    }

    private static DomainException refusal(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static String answer(DomainException e) {
        return e instanceof InvalidInputException invalid
                ? invalid.errors().getFirst().field() + ":"
                        + invalid.errors().getFirst().code()
                : e.code();
    }

    private long lineOf(long orderId) {
        return jdbc.sql("select id from order_lines where order_id = ? order by position limit 1")
                .param(orderId)
                .query(Long.class)
                .single();
    }

    @Test
    @DisplayName("R-H9 a line of another order, or more than is left of a line: the same refusal online and by notice")
    void sameShipmentRules() {
        var orderId = orderIn("WAIT_SELLER_SEND_GOODS");
        var line = lineOf(orderId);
        var paths = List.of(online(orderId), declared(orderId));

        for (var path : paths) {
            assertThat(answer(path.apply(Map.of(999_999_999L, 1)))).isEqualTo("items:UNKNOWN_ORDER_LINE");
            var tooMany = path.apply(Map.of(line, 10_000));
            assertThat(tooMany.code()).isEqualTo("SHIP_QUANTITY_INVALID");
            assertThat(((RuleViolationException) tooMany).rule()).isEqualTo("R-H9");
        }
        assertThat(jdbc.sql("select order_status from orders where id = ?")
                        .param(orderId)
                        .query(String.class)
                        .single())
                .isEqualTo("WAIT_SELLER_SEND_GOODS");
    }

    @Test
    @DisplayName("R-H1 an order that is not waiting for shipment is refused alike online and by notice")
    void onlyWaitingOrders() {
        var finished = orderIn("FINISH");
        var line = lineOf(finished);
        for (var path : List.of(online(finished), declared(finished))) {
            assertThat(path.apply(Map.of(line, 1)).code()).isEqualTo("ORDER_NOT_WAITING_FOR_SHIPMENT");
        }
    }
}
