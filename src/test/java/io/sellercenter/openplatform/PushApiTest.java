package io.sellercenter.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import io.sellercenter.shared.BodySignature;
import io.sellercenter.shipping.LogisticsOrderApiTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PushApiTest extends ApiTestBase {

    /** What the loopback receiver got: the body, whether its signature held, and the answer it gave. */
    record Received(JsonNode body, String messageIdHeader, boolean signed, int answered) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    /** A receiver that fails the first call it gets, then accepts, checking each signature with the app secret. */
    private String receiver(String[] secret) throws IOException {
        var calls = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/push", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            var signature = exchange.getRequestHeaders().getFirst("X-Sc-Signature");
            var status = calls.incrementAndGet() == 1 ? 500 : 200;
            received.add(new Received(
                    Api.JSON.readTree(new String(body, StandardCharsets.UTF_8)),
                    exchange.getRequestHeaders().getFirst("X-Sc-Message-Id"),
                    BodySignature.hex(secret[0], body).equals(signature),
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/push";
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    @DisplayName(
            "Pushed messages arrive signed, at least once, in order per order; a failed delivery is retried with the same message id")
    void pushedInOrderAtLeastOnce() throws IOException {
        var shop = new Shop(api, 20, "GENERAL");
        shop.bindFreightAccount();
        var secret = new String[1];
        var callback = receiver(secret);
        var registered = api.post(
                "/api/v1/open-platform/apps", shop.seller, Map.of("name", "Push ERP", "callbackUrl", callback));
        secret[0] = registered.json().get("appSecret").asString();
        var appId = registered.json().get("appId").asLong();
        var subscribed = api.send(
                "PUT",
                "/api/v1/open-platform/apps/" + appId + "/subscriptions",
                shop.seller,
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(Map.of(
                        "topics",
                        List.of("ORDER_WAIT_SELLER_SEND_GOODS", "LOGISTICS_ORDER_STATUS", "ORDER_IN_CANCEL")))),
                "application/json");
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);

        var orderId = shop.paid(api.buyerToken(), 1);
        var created = api.post(
                "/api/v1/logistics-orders",
                shop.seller,
                LogisticsOrderApiTest.body(orderId, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var logisticsOrderId = created.json().get("logisticsOrderId").asLong();
        assertThat(api.post("/api/v1/logistics-orders/" + logisticsOrderId + "/cancel", shop.seller, Map.of())
                        .status())
                .isEqualTo(200);

        Api.await(
                "three messages delivered",
                () -> received.stream().filter(r -> r.answered() == 200).count() >= 3);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.signed()).as("signed with the app secret").isTrue();
            assertThat(r.messageIdHeader()).isEqualTo(r.body().get("message_id").asString());
        });
        assertThat(received.get(0).answered()).isEqualTo(500);
        assertThat(received.get(1).body().get("message_id").asString())
                .as("the failed message is sent again, the same")
                .isEqualTo(received.get(0).body().get("message_id").asString());
        var delivered = received.stream()
                .filter(r -> r.answered() == 200)
                .map(Received::body)
                .toList();
        assertThat(delivered)
                .extracting(b -> b.get("topic").asString() + ":"
                        + b.get("data")
                                .path("logistics_order_status")
                                .asString(b.get("data").path("order_status").asString()))
                .containsExactly(
                        "aliexpress_order_WaitSellerSendGoods:WAIT_SELLER_SEND_GOODS",
                        "aliexpress_logistics_OrderStatusChanged:AWAITING_DROP_OFF",
                        "aliexpress_logistics_OrderStatusChanged:CANCELLED");
        assertThat(delivered)
                .allSatisfy(b -> assertThat(
                                b.get("data").has("order_id")
                                        ? b.get("data").get("order_id").asString()
                                        : b.get("data").get("trade_order_id").asString())
                        .isEqualTo(String.valueOf(orderId)));

        var log = api.get("/api/v1/open-platform/apps/" + appId + "/deliveries", shop.seller)
                .json();
        assertThat(log.get("total").asLong()).isEqualTo(3);
        assertThat(log.get("items"))
                .allSatisfy(d -> assertThat(d.get("deliveredAt").isNull()).isFalse());
        assertThat(log.get("items").get(2).get("attempts").asInt()).isEqualTo(2);
        assertThat(log.get("items").get(2).get("lastStatus").asInt()).isEqualTo(200);
    }
}
