package io.sellercenter.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import io.sellercenter.TestClock;
import io.sellercenter.orders.internal.OrderDeadlines;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deadlines with the clock moved: they act once, and only when due. */
class OrderTimersTest extends ApiTestBase {

    @Autowired
    TestClock clock;

    @Autowired
    OrderDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @DisplayName("R-H1 an order not shipped by its deadline is closed as 'seller did not ship' and refunded")
    void shipByDeadlineClosesAndRefunds() {
        var shop = new Shop(api, 10, "GENERAL");
        var id = shop.paid(api.buyerToken(), 2);

        clock.advance(Duration.ofDays(2));
        deadlines.fireDue();
        shop.logInAgain();
        assertThat(shop.status(id)).as("not due yet").isEqualTo("WAIT_SELLER_SEND_GOODS");

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        deadlines.fireDue();
        shop.logInAgain();
        var order = api.get("/api/v1/orders/" + id, shop.seller).json();
        assertThat(order.get("orderStatus").asString()).isEqualTo("FINISH");
        assertThat(order.get("endReason").asString()).isEqualTo("SELLER_DID_NOT_SHIP");
        assertThat(order.get("fundStatus").asString()).isEqualTo("REFUNDED");
        assertThat(shop.stock().get("reserved").asInt()).isZero();
        assertThat(refundEntries(id)).isEqualTo(2);
    }

    @Test
    @DisplayName("a deadline fires once even when two instances poll at the same moment")
    void firesOnceAcrossRacingPollers() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        var id = shop.paid(api.buyerToken(), 1);
        clock.advance(Duration.ofDays(4));
        shop.logInAgain();

        Callable<Integer> poll = deadlines::fireDue;
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = pool.invokeAll(List.of(poll, poll, poll, poll));
            for (var r : results) {
                r.get();
            }
        }

        assertThat(shop.status(id)).isEqualTo("FINISH");
        assertThat(refundEntries(id)).as("one refund, two ledger entries").isEqualTo(2);
    }

    @Test
    @DisplayName("the buyer's receipt deadline confirms automatically; funds are then released and the order finishes")
    void receiptDeadlineConfirms() {
        var shop = new Shop(api, 10, "GENERAL");
        var id = shop.paid(api.buyerToken(), 1);
        shop.shipAll(id);

        var extended = api.post("/api/v1/orders/" + id + "/receipt-extension", shop.seller, Map.of("days", 10));
        assertThat(extended.json().get("receiptExtendedDays").asInt()).isEqualTo(10);
        var tooLong = api.post("/api/v1/orders/" + id + "/receipt-extension", shop.seller, Map.of("days", 25));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("EXTENSION_TOO_LONG");

        clock.advance(Duration.ofDays(65));
        deadlines.fireDue();
        shop.logInAgain();
        assertThat(shop.status(id)).as("60 promised + 10 extended days").isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        clock.advance(Duration.ofDays(6));
        deadlines.fireDue();
        shop.logInAgain();
        assertThat(shop.status(id)).isEqualTo("FUND_PROCESSING");
        clock.advance(Duration.ofHours(2));
        deadlines.fireDue();
        shop.logInAgain();
        var order = api.get("/api/v1/orders/" + id, shop.seller).json();
        assertThat(order.get("orderStatus").asString()).isEqualTo("FINISH");
        assertThat(order.get("endReason").asString()).isEqualTo("TRADE_SUCCESS");
        assertThat(order.get("fundStatus").asString()).isEqualTo("SETTLED");
    }

    @Test
    @DisplayName("a cancellation request without the seller's answer is accepted after 48 hours")
    void cancelRequestAutoAccepted() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var refused = shop.paid(buyer, 1);
        var ignored = shop.paid(buyer, 1);
        api.post("/api/v1/storefront/orders/" + refused + "/cancel-request", buyer, Map.of("reason", "too slow"));
        api.post("/api/v1/storefront/orders/" + ignored + "/cancel-request", buyer, Map.of("reason", "too slow"));
        assertThat(shop.status(ignored)).isEqualTo("IN_CANCEL");

        api.post("/api/v1/orders/" + refused + "/cancellation", shop.seller, Map.of("accept", false));
        assertThat(shop.status(refused)).isEqualTo("WAIT_SELLER_SEND_GOODS");
        clock.advance(Duration.ofHours(48).plusMinutes(1));
        deadlines.fireDue();
        shop.logInAgain();

        assertThat(shop.status(ignored)).isEqualTo("FINISH");
        assertThat(api.get("/api/v1/orders/" + ignored, shop.seller)
                        .json()
                        .get("endReason")
                        .asString())
                .isEqualTo("BUYER_CANCEL_ACCEPTED");
        assertThat(shop.status(refused)).isEqualTo("WAIT_SELLER_SEND_GOODS");
    }

    private long refundEntries(long orderId) {
        return jdbc.sql("""
                        select count(*) from ledger_entries e join payments p on e.transaction_ref = 'refund:payment:' || p.id
                        where p.reference = ?""").param("order:" + orderId).query(Long.class).single();
    }
}
