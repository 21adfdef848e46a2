package io.sellercenter.orders.internal;

import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.billing.SandboxCheckout;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.PostalAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: 31 orders of the demo buyer at the demo seller, paid at the sandbox provider as a real
 * buyer would, spread over the last days: 12 waiting for shipment (3 due within 24 hours), partly
 * shipped, shipped, in cancellation, confirmed, finished; one with a buyer's message.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoOrders implements ApplicationRunner {

    private final AccountLookup accounts;
    private final OrderLifecycle lifecycle;
    private final ShippingNotices notices;
    private final OrderMessages messages;
    private final SandboxCheckout sandbox;
    private final Orders orders;
    private final OrderDeadlines deadlines;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoOrders(
            AccountLookup accounts,
            OrderLifecycle lifecycle,
            ShippingNotices notices,
            OrderMessages messages,
            SandboxCheckout sandbox,
            Orders orders,
            OrderDeadlines deadlines,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.messages = messages;
        this.sandbox = sandbox;
        this.orders = orders;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var buyer = accounts.byEmail("buyer@demo.local").orElseThrow();
        var seller = accounts.byEmail("seller@demo.local").orElseThrow();
        var existing = jdbc.sql("select count(*) from orders where seller_id = ?")
                .param(seller.sellerId().value())
                .query(Long.class)
                .single();
        if (existing > 0) {
            return;
        }
        var products = jdbc.sql(
                        "select product_id, sku_code from product_skus where seller_id = ? order by product_id, position")
                .param(seller.sellerId().value())
                .query((rs, n) -> new OrderLifecycle.Item(rs.getLong(1), rs.getString(2), 1))
                .list();
        var address = new PostalAddress(
                "Emma Johnson",
                "+1 213 555 0147",
                "US",
                "California",
                "Los Angeles",
                "742 Evergreen Terrace, Apt 3",
                "90001");
        var placed = new ArrayList<Long>();
        for (int i = 0; i < 31; i++) {
            var first = products.get(i % products.size());
            var items = i % 6 == 0
                    ? List.of(first, products.get((i + 1) % products.size()))
                    : List.of(new OrderLifecycle.Item(first.productId(), first.skuCode(), 1 + i % 3));
            placed.add(lifecycle.place(buyer, items, address, i % 4 == 0 ? null : "CAINIAO_STANDARD"));
        }
        var unpaid = placed.subList(0, 6);
        var paid = placed.subList(6, placed.size());
        for (var id : paid) {
            var payUrl =
                    lifecycle.pay(buyer, id, ProviderCode.ALIPAY_INTL).payUrl().split("/");
            sandbox.settle(payUrl[2], payUrl[4], true);
        }
        awaitPaid(paid);

        lifecycle.cancel(buyer, unpaid.get(0), "Ordered the wrong colour");
        lifecycle.cancel(buyer, unpaid.get(1), "Found it cheaper");
        for (int i = 0; i < 3; i++) {
            partlyShip(seller, paid.get(i));
        }
        for (int i = 3; i < 8; i++) {
            notices.declare(
                    seller,
                    paid.get(i),
                    new ShippingNotices.Declaration(
                            ShippingNotice.SendType.ALL, "UPS", "1Z999AA1012345678" + i, null, null, Map.of()));
        }
        lifecycle.confirmReceipt(buyer, paid.get(6));
        lifecycle.confirmReceipt(buyer, paid.get(7));
        lifecycle.cancel(buyer, paid.get(8), "Delivery takes too long");
        lifecycle.cancel(buyer, paid.get(9), "Changed my mind");
        lifecycle.cancel(buyer, paid.get(10), "Bought by mistake");
        lifecycle.answerCancel(seller, paid.get(10), true);
        messages.send(
                buyer, paid.get(11), "Hello, could you ship the earbuds in a gift box? It is a birthday present.");
        spreadOverTime(paid.subList(11, paid.size()));
    }

    private void partlyShip(CurrentAccount seller, long orderId) {
        var order = transactions.execute(s -> orders.lock(orderId).orElseThrow());
        var line = order.lines.getFirst();
        notices.declare(
                seller,
                orderId,
                new ShippingNotices.Declaration(
                        ShippingNotice.SendType.PART,
                        "CPAM",
                        "RB1234567" + (10 + orderId % 90) + "CN",
                        null,
                        null,
                        Map.of(line.lineId(), 1)));
    }

    /** Waiting orders were paid at different times; the first three are due within 24 hours. */
    private void spreadOverTime(List<Long> waiting) {
        var now = clock.instant();
        for (int i = 0; i < waiting.size(); i++) {
            var paidAt = i < 3 ? now.minus(Duration.ofHours(55 + i * 4)) : now.minus(Duration.ofHours(2 + i * 3));
            var id = waiting.get(i);
            transactions.executeWithoutResult(s -> {
                jdbc.sql(
                                "update orders set created_at = ?, paid_at = ?, ship_by = cast(? as timestamptz) + (interval '1 day' * "
                                        + "(select max(handling_days) from order_lines where order_id = ?)) where id = ?")
                        .params(
                                Timestamp.from(paidAt.minus(Duration.ofMinutes(7))),
                                Timestamp.from(paidAt),
                                Timestamp.from(paidAt),
                                id,
                                id)
                        .update();
                deadlines.sync(orders.lock(id).orElseThrow());
            });
        }
    }

    private void awaitPaid(List<Long> ids) {
        for (int attempt = 0; attempt < 400; attempt++) {
            var waiting = jdbc.sql("select count(*) from orders where id = any(?) and order_status = ?")
                    .params(ids.toArray(Long[]::new), OrderStatus.PLACE_ORDER_SUCCESS.name())
                    .query(Long.class)
                    .single();
            if (waiting == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the demo order payments were not confirmed");
    }
}
