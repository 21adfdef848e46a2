package io.sellercenter.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.openplatform.internal.OpenApps;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.OrderStatusChanged;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open platform with the modules it adapts: the events of orders and review, published as those modules publish
 * them, become outbox rows in the same transaction, for the seller's subscribed apps only.
 */
@ModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class OpenplatformModuleTest {

    private final OpenApps apps;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final CurrentAccount seller;
    private final CurrentAccount other;

    OpenplatformModuleTest(
            OpenApps apps,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            AccountLookup accounts) {
        this.apps = apps;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
        this.other = accounts.byEmail("seller2@demo.local").orElseThrow();
    }

    private long queued(long appId) {
        return jdbc.sql("select count(*) from open_push_messages where app_id = ?")
                .param(appId)
                .query(Long.class)
                .single();
    }

    @Test
    @DisplayName("A pushed message is written with its change or not at all, only for the seller's subscribed topics")
    void outboxInTheChangesTransaction() {
        // the discard port: deliveries fail, the rows stay to be counted
        var app = apps.register(seller, "Module ERP", "http://127.0.0.1:9/push").app();
        apps.subscribe(seller, app.appId(), EnumSet.of(Topic.ORDER_WAIT_SELLER_SEND_GOODS, Topic.REVIEW_DECIDED));
        var othersApp =
                apps.register(other, "Other ERP", "http://127.0.0.1:9/push").app();
        apps.subscribe(other, othersApp.appId(), EnumSet.allOf(Topic.class));
        var sellerId = seller.sellerId().value();

        transactions.executeWithoutResult(tx -> events.publishEvent(
                new OrderStatusChanged(1, sellerId, OrderStatus.RISK_CONTROL, OrderStatus.WAIT_SELLER_SEND_GOODS)));
        assertThat(queued(app.appId())).isEqualTo(1);

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(
                    new OrderStatusChanged(2, sellerId, OrderStatus.RISK_CONTROL, OrderStatus.WAIT_SELLER_SEND_GOODS));
            tx.setRollbackOnly();
        });
        assertThat(queued(app.appId())).as("rolled back with its change").isEqualTo(1);

        transactions.executeWithoutResult(tx -> events.publishEvent(
                new OrderStatusChanged(3, sellerId, OrderStatus.WAIT_SELLER_SEND_GOODS, OrderStatus.IN_CANCEL)));
        assertThat(queued(app.appId()))
                .as("a topic the app did not subscribe to")
                .isEqualTo(1);

        transactions.executeWithoutResult(tx -> events.publishEvent(
                new ReviewDecided(7, ReviewKind.BRAND, 9, sellerId, 1, Decision.APPROVE, List.of(), "fine")));
        assertThat(queued(app.appId())).isEqualTo(2);
        assertThat(queued(othersApp.appId()))
                .as("another seller's app hears nothing of this seller")
                .isZero();

        apps.revoke(seller, app.appId());
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new OrderStatusChanged(4, sellerId, OrderStatus.RISK_CONTROL, OrderStatus.WAIT_SELLER_SEND_GOODS)));
        assertThat(queued(app.appId())).as("nothing more for a revoked app").isEqualTo(2);
    }
}
