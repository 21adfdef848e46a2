package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Seed 001: "when buyers place orders, overseas warehouses are responsible for packaging and shipping". R-W8: their
 * handling and last-mile fees are charged once the warehouse ships.
 */
class OverseasFulfilmentApiTest extends ApiTestBase {

    @Test
    @DisplayName(
            "R-W8 a self-built US warehouse's lines go to it, never on a logistics order from China; the seller enters its shipment once: notice PART, stock out, fees charged once, even when racing")
    void selfBuilt() throws Exception {
        var s = Overseas.fulfilmentOrder(api, "SELF_BUILT");
        var online = new HashMap<String, Object>(Map.of(
                "orderId",
                s.orderId(),
                "serviceCode",
                "CAINIAO_STANDARD",
                "goodsType",
                "GENERAL",
                "sender",
                Map.of(
                        "contactPerson", "陈静",
                        "mobileNo", "13800138000",
                        "country", "CN",
                        "city", "Shenzhen",
                        "address", "18 Xixiang Avenue",
                        "zip", "518102"),
                "declaredItems",
                List.of(Shop.declaredEarbuds(1, "19.90", 80)),
                "package",
                Map.of("weightGrams", 150, "lengthCm", 12, "widthCm", 10, "heightCm", 6),
                "pickupType",
                "SELF_SEND",
                "undeliverableDecision",
                "RETURN",
                "confirmServiceMismatch",
                true));
        var fromChina = api.post("/api/v1/logistics-orders", s.o().token, online);
        assertThat(fromChina.status()).as(fromChina.toString()).isEqualTo(422);
        assertThat(fromChina.code()).isEqualTo("SHIPS_FROM_OVERSEAS_WAREHOUSE");
        assertThat(fromChina.json().get("lineIds").toString())
                .contains(String.valueOf(s.lineIds().getFirst()));

        var first = s.lineIds().getFirst();
        var requested = request(s.o().token, s.orderId(), List.of(first));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        var outbound = requested.json();
        assertThat(outbound.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(outbound.get("outboundNo").asString()).matches("OF[0-9]{10}");
        assertThat(outbound.get("fees").toString())
                .as("handling 1.50 + 1 × 0.30; 2 × 250 g ≤ 500 g")
                .contains(
                        "\"kind\":\"HANDLING\"",
                        "\"amount\":\"1.80\"",
                        "\"kind\":\"LAST_MILE\"",
                        "\"amount\":\"4.20\"");
        assertThat(request(s.o().token, s.orderId(), List.of(first)).code()).isEqualTo("OUTBOUND_ORDER_EXISTS");
        var id = outbound.get("overseasFulfilmentId").asLong();

        var stranger = new Overseas(api);
        assertThat(request(stranger.token, s.orderId(), List.of(first)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/overseas-fulfilments/" + id, stranger.token).status())
                .isEqualTo(404);
        assertThat(shipped(stranger.token, id, "9400100000000000000000").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/overseas-fulfilments?orderId=" + s.orderId(), stranger.token)
                        .json())
                .isEmpty();
        assertThat(api.post("/api/v1/overseas-fulfilments/" + id + "/cancel", stranger.token, "")
                        .status())
                .isEqualTo(404);
        var ordersOnly = api.subAccount(s.o().settling.seller, "ORDERS");
        assertThat(request(ordersOnly, s.orderId(), List.of(first)).status()).isEqualTo(403);
        assertThat(shipped(ordersOnly, id, "9400100000000000000000").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/overseas-fulfilments/" + id + "/cancel", ordersOnly, "")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/overseas-fulfilments/" + id, ordersOnly).status())
                .isEqualTo(403);

        assertThat(shipped(s.o().token, id, "not a number").status()).isEqualTo(400);
        assertThat(shipped(s.o().token, id, "94001").code())
                .as("the local carrier's own tracking pattern")
                .isEqualTo("VALIDATION_FAILED");

        var racing = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 4; i++) {
            racing.add(() -> shipped(s.o().token, id, "9400100000000000000000"));
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<Api.Response> r : pool.invokeAll(racing)) {
                assertThat(r.get().status()).as(r.get().toString()).isEqualTo(200);
            }
        }
        var done = api.get("/api/v1/overseas-fulfilments/" + id, s.o().token).json();
        assertThat(done.get("status").asString()).isEqualTo("SHIPPED");
        var order = order(s.o(), s.orderId());
        assertThat(order.get("orderStatus").asString()).isEqualTo("SELLER_PART_SEND_GOODS");
        assertThat(order.get("shipments")).hasSize(1);
        assertThat(order.get("shipments").get(0).get("sendType").asString()).isEqualTo("PART");
        assertThat(order.get("shipments").get(0).get("trackingNo").asString()).isEqualTo("9400100000000000000000");
        assertThat(available(s, s.sku())).as("two left the warehouse").isEqualTo(8);
        assertThat(available(s, s.other())).isEqualTo(10);
        var ledger =
                api.get("/api/v1/freight-account/ledger", s.o().token).json().get("items");
        assertThat(ledger.valueStream().filter(m -> m.get("kind").asString().startsWith("OVERSEAS_")))
                .extracting(m -> m.get("kind").asString() + " "
                        + m.get("amount").get("amount").asString() + " "
                        + m.get("overseasFulfilmentId").asLong())
                .containsExactlyInAnyOrder("OVERSEAS_HANDLING -1.80 " + id, "OVERSEAS_LAST_MILE -4.20 " + id);

        var rest =
                request(s.o().token, s.orderId(), List.of(s.lineIds().get(1))).json();
        var cancelled = api.post(
                "/api/v1/overseas-fulfilments/"
                        + rest.get("overseasFulfilmentId").asLong() + "/cancel",
                s.o().token,
                "");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        var again =
                request(s.o().token, s.orderId(), List.of(s.lineIds().get(1))).json();
        assertThat(shipped(s.o().token, again.get("overseasFulfilmentId").asLong(), "9400100000000000000001")
                        .status())
                .isEqualTo(200);
        var all = order(s.o(), s.orderId());
        assertThat(all.get("orderStatus").asString()).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        assertThat(all.get("shipments").get(1).get("sendType").asString())
                .as("the last lines the order had to ship")
                .isEqualTo("ALL");
    }

    @Test
    @DisplayName(
            "R-W8 a third-party warehouse reports its shipment by a signed event, once; the seller cannot enter it; a forged or repeated report changes nothing")
    void thirdParty() {
        var s = Overseas.fulfilmentOrder(api, "THIRD_PARTY");
        var outbound = request(s.o().token, s.orderId(), s.lineIds()).json();
        var id = outbound.get("overseasFulfilmentId").asLong();
        assertThat(shipped(s.o().token, id, "1Z999AA10123456784").code()).isEqualTo("REPORTED_BY_WAREHOUSE");

        var report = "{\"outboundNo\":\"" + outbound.get("outboundNo").asString()
                + "\",\"event\":\"SHIPPED\",\"serviceName\":\"UPS\",\"trackingNo\":\"1Z999AA10123456784\"}";
        assertThat(warehouseEvent(report, "00").status()).isEqualTo(401);
        assertThat(warehouseEvent(report, null).status()).isEqualTo(401);
        assertThat(warehouseEvent(report, sign(report)).status()).isEqualTo(200);
        assertThat(warehouseEvent(report, sign(report)).status()).as("a repeat").isEqualTo(200);
        var cancel = "{\"outboundNo\":\"" + outbound.get("outboundNo").asString() + "\",\"event\":\"CANCELLED\"}";
        assertThat(warehouseEvent(cancel, sign(cancel)).code()).isEqualTo("OUTBOUND_ORDER_NOT_REQUESTED");
        var unknown = "{\"outboundNo\":\"OF9999999999\",\"event\":\"SHIPPED\",\"serviceName\":\"UPS\","
                + "\"trackingNo\":\"1Z999AA10123456784\"}";
        assertThat(warehouseEvent(unknown, sign(unknown)).status()).isEqualTo(404);

        var order = order(s.o(), s.orderId());
        assertThat(order.get("orderStatus").asString()).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        assertThat(order.get("shipments")).hasSize(1);
        assertThat(order.get("shipments").get(0).get("sendType").asString()).isEqualTo("ALL");
        assertThat(available(s, s.sku())).isEqualTo(8);
        assertThat(available(s, s.other())).isEqualTo(9);
        assertThat(api.get("/api/v1/freight-account/ledger?kind=OVERSEAS_HANDLING", s.o().token)
                        .json()
                        .get("items")
                        .get(0)
                        .get("amount")
                        .get("amount")
                        .asString())
                .as("1.50 + 2 × 0.30 for three units")
                .isEqualTo("-2.10");
        assertThat(api.get("/api/v1/freight-account/ledger?kind=OVERSEAS_LAST_MILE", s.o().token)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-W8 an order cancelled before its warehouse ships takes its outbound order with it; a late report ships nothing")
    void cancelledOrder() {
        var s = Overseas.fulfilmentOrder(api, "THIRD_PARTY");
        var outbound = request(s.o().token, s.orderId(), s.lineIds()).json();
        api.post(
                "/api/v1/storefront/orders/" + s.orderId() + "/cancel-request",
                s.buyer(),
                Map.of("reason", "too slow"));
        assertThat(api.post("/api/v1/orders/" + s.orderId() + "/cancellation", s.o().token, Map.of("accept", true))
                        .status())
                .isEqualTo(200);
        assertThat(api.get(
                                "/api/v1/overseas-fulfilments/"
                                        + outbound.get("overseasFulfilmentId").asLong(),
                                s.o().token)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CANCELLED");
        var late = "{\"outboundNo\":\"" + outbound.get("outboundNo").asString()
                + "\",\"event\":\"SHIPPED\",\"serviceName\":\"UPS\",\"trackingNo\":\"1Z999AA10123456784\"}";
        assertThat(warehouseEvent(late, sign(late)).code()).isEqualTo("OUTBOUND_ORDER_NOT_REQUESTED");
        assertThat(api.get("/api/v1/freight-account/ledger?kind=OVERSEAS_HANDLING", s.o().token)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    private JsonNode order(Overseas o, long orderId) {
        return api.get("/api/v1/orders/" + orderId, o.token).json();
    }

    private long available(Overseas.Fulfilment s, String sku) {
        return api.get("/api/v1/inventory?warehouseId=" + s.warehouse() + "&skuCode=" + sku, s.o().token)
                .json()
                .get("items")
                .get(0)
                .get("available")
                .asLong();
    }

    private Api.Response request(String token, long orderId, List<Long> lineIds) {
        return api.post("/api/v1/overseas-fulfilments", token, Map.of("orderId", orderId, "lineIds", lineIds));
    }

    private Api.Response shipped(String token, long id, String trackingNo) {
        return api.post(
                "/api/v1/overseas-fulfilments/" + id + "/shipped",
                token,
                Map.of("serviceName", "USPS", "trackingNo", trackingNo));
    }

    private Api.Response warehouseEvent(String body, String signature) {
        return signature == null
                ? api.send("POST", "/api/v1/warehouse/events", null, BodyPublishers.ofString(body), "application/json")
                : api.send(
                        "POST",
                        "/api/v1/warehouse/events",
                        null,
                        BodyPublishers.ofString(body),
                        "application/json",
                        "X-Warehouse-Signature",
                        signature);
    }

    private static String sign(String body) {
        return io.sellercenter.shared.BodySignature.hex("test-warehouse-secret", body.getBytes(StandardCharsets.UTF_8));
    }
}
