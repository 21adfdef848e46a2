package io.sellercenter.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderApiTest extends ApiTestBase {

    @Test
    @DisplayName(
            "R-H11 a buyer's order shows its lines' attributes and quantity, the chosen service, and reserves stock")
    void placedOrderReservesStockAndShowsItsLines() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();

        var id = shop.placed(buyer, 3);

        var order = shop.order(id);
        assertThat(order.get("orderStatus").asString()).isEqualTo("PLACE_ORDER_SUCCESS");
        assertThat(order.get("buyerSelectedService").asString()).isEqualTo("CAINIAO_STANDARD");
        var line = order.get("lines").get(0);
        assertThat(line.get("attributes").get("color").asString()).isEqualTo("Black");
        assertThat(line.get("attributes").get("size").asString()).isEqualTo("M");
        assertThat(line.get("quantity").asInt()).isEqualTo(3);
        assertThat(order.get("total").get("amount").asString()).isEqualTo("59.70");
        assertThat(shop.stock().get("reserved").asInt()).isEqualTo(3);

        api.post("/api/v1/storefront/orders/" + id + "/cancel-request", buyer, Map.of("reason", "ordered twice"));
        assertThat(shop.status(id)).isEqualTo("FINISH");
        assertThat(shop.stock().get("reserved").asInt()).isZero();
    }

    @Test
    @DisplayName("R-H9 a partial then a full shipping notice; the tracking number must fit the service")
    void partialThenFullShipment() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var id = shop.paid(buyer, 3);
        var detail = shop.order(id);
        assertThat(Instant.parse(detail.get("shipByDeadline").asString()))
                .isAfter(Instant.now().plus(Duration.ofDays(2)))
                .isBefore(Instant.now().plus(Duration.ofDays(3).plusMinutes(1)));
        assertThat(detail.get("dueWithin24Hours").asBoolean()).isFalse();
        var line = shop.lineId(id);

        var badTracking = shop.notice(id, Map.of("sendType", "ALL", "serviceName", "UPS", "trackingNo", "12345"));
        assertThat(badTracking.status()).isEqualTo(400);
        assertThat(badTracking.json().get("errors").get(0).get("code").asString())
                .isEqualTo("TRACKING_NO_PATTERN");
        var noWebsite = shop.notice(
                id, Map.of("sendType", "ALL", "serviceName", "OTHER", "trackingNo", "X1", "carrier", "Local"));
        assertThat(noWebsite.json().get("errors").get(0).get("field").asString())
                .isEqualTo("trackingWebsite");

        var part = shop.notice(
                id,
                Map.of(
                        "sendType",
                        "PART",
                        "serviceName",
                        "CPAM",
                        "trackingNo",
                        "RB123456785CN",
                        "items",
                        List.of(Map.of("orderLineId", line, "quantity", 1))));
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(shop.status(id)).isEqualTo("SELLER_PART_SEND_GOODS");
        assertThat(shop.stock().get("available").asInt()).isEqualTo(9);

        var rest = shop.shipAll(id);
        assertThat(rest.status()).isEqualTo(201);
        assertThat(rest.json().get("items").get(String.valueOf(line)).asInt()).isEqualTo(2);
        var shipped = shop.order(id);
        assertThat(shipped.get("orderStatus").asString()).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        assertThat(shipped.get("shipments").size()).isEqualTo(2);
        assertThat(shipped.get("receiptDeadline").isNull()).isFalse();
        assertThat(shop.stock().get("available").asInt()).isEqualTo(7);
        assertThat(shop.stock().get("reserved").asInt()).isZero();

        var modified = api.send(
                "PUT",
                "/api/v1/orders/" + id + "/shipping-notices/"
                        + rest.json().get("noticeId").asLong(),
                shop.seller,
                HttpRequest.BodyPublishers.ofString("{\"serviceName\":\"DHL\",\"trackingNo\":\"1234567890\"}"),
                "application/json");
        assertThat(modified.status()).as(modified.toString()).isEqualTo(200);
        assertThat(modified.json().get("trackingNo").asString()).isEqualTo("1234567890");
    }

    @Test
    @DisplayName("R-H1 only orders waiting for shipment ship")
    void onlyWaitingOrdersShip() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var unpaid = shop.placed(buyer, 1);
        var paid = shop.paid(buyer, 1);

        var early = shop.shipAll(unpaid);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("ORDER_NOT_WAITING_FOR_SHIPMENT");
        assertThat(shop.shipAll(paid).status()).isEqualTo(201);
        assertThat(shop.shipAll(paid).status()).as("shipped already").isEqualTo(409);
    }

    @Test
    @DisplayName(
            "R-H13 offline shipping with the seller's own carrier: sensitive goods allowed, no platform compensation")
    void offlineShipping() {
        var shop = new Shop(api, 10, "BATTERY");
        var id = shop.paid(api.buyerToken(), 1);

        var notice = shop.notice(
                id,
                Map.of(
                        "sendType",
                        "ALL",
                        "serviceName",
                        "OTHER",
                        "trackingNo",
                        "YT2231456789012",
                        "carrier",
                        "YunExpress",
                        "trackingWebsite",
                        "https://www.yuntrack.com"));

        assertThat(notice.status()).isEqualTo(201);
        assertThat(notice.json().get("offline").asBoolean()).isTrue();
        assertThat(notice.json().get("platformCompensation").asBoolean()).isFalse();
        assertThat(notice.json().get("carrier").asString()).isEqualTo("YunExpress");
    }

    @Test
    @DisplayName("R-H12 buyer and seller exchange messages; unread counts go down when read")
    void messages() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var id = shop.placed(buyer, 1);

        api.post("/api/v1/storefront/orders/" + id + "/messages", buyer, Map.of("body", "Can you ship in a gift box?"));
        assertThat(shop.order(id).get("unreadMessages").asLong()).isEqualTo(1);
        var read = api.get("/api/v1/orders/" + id + "/messages", shop.seller).json();
        assertThat(read.get(0).get("body").asString()).isEqualTo("Can you ship in a gift box?");
        assertThat(shop.order(id).get("unreadMessages").asLong()).isZero();
        api.post("/api/v1/orders/" + id + "/messages", shop.seller, Map.of("body", "Yes, free of charge."));
        var buyerView =
                api.get("/api/v1/storefront/orders/" + id + "/messages", buyer).json();
        assertThat(buyerView.get(1).get("sender").asString()).isEqualTo("SELLER");
    }

    @Test
    void listFiltersByStatusNumberTrackingAndDates() {
        var shop = new Shop(api, 20, "GENERAL");
        var buyer = api.buyerToken();
        var waiting = shop.paid(buyer, 1);
        var shipped = shop.paid(buyer, 1);
        shop.shipAll(shipped);
        var unpaid = shop.placed(buyer, 1);

        var byStatus = api.get("/api/v1/orders?orderStatus=WAIT_SELLER_SEND_GOODS", shop.seller)
                .json();
        assertThat(byStatus.get("items").valueStream().map(o -> o.get("orderId").asLong()))
                .containsExactly(waiting);
        assertThat(byStatus.get("items").get(0).get("timeLeftToShip").isNull()).isFalse();
        assertThat(api.get("/api/v1/orders?q=" + unpaid, shop.seller)
                        .json()
                        .get("items")
                        .get(0)
                        .get("orderId")
                        .asLong())
                .isEqualTo(unpaid);
        assertThat(api.get("/api/v1/orders?q=1Z999AA10123456784", shop.seller)
                        .json()
                        .get("items")
                        .get(0)
                        .get("orderId")
                        .asLong())
                .isEqualTo(shipped);
        var future = Instant.now().plus(Duration.ofDays(1)).toString();
        assertThat(api.get("/api/v1/orders?createdFrom=" + future, shop.seller)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/orders?size=2&page=0", shop.seller)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("R-S8 tenancy and permission groups: ORDERS reads and answers, SHIPPING ships")
    void tenancyAndPermissions() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var id = shop.paid(buyer, 1);
        var stranger = api.registerSeller();
        var otherBuyer = api.buyerToken();
        var orders = api.subAccount(shop.settling.seller, "ORDERS");
        var shipping = api.subAccount(shop.settling.seller, "SHIPPING");

        assertThat(api.get("/api/v1/orders/" + id, stranger.token()).status()).isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/orders/" + id + "/shipping-notices",
                                stranger.token(),
                                Map.of("sendType", "ALL", "serviceName", "UPS", "trackingNo", "1Z999AA10123456784"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + id + "/messages", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/storefront/orders/" + id, otherBuyer).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/storefront/orders/" + id + "/confirm-receipt", otherBuyer, "")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/orders", shipping).status()).isEqualTo(403);
        var notice = shop.shipAll(shop.paid(buyer, 1)).json();
        var noticePath = "/api/v1/orders/" + notice.get("orderId").asLong() + "/shipping-notices/"
                + notice.get("noticeId").asLong();
        var change = HttpRequest.BodyPublishers.ofString("{\"serviceName\":\"DHL\",\"trackingNo\":\"1234567890\"}");
        assertThat(api.send("PUT", noticePath, stranger.token(), change, "application/json")
                        .status())
                .isEqualTo(404);
        assertThat(api.send("PUT", noticePath, orders, change, "application/json")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/orders/" + id + "/cancellation", stranger.token(), Map.of("accept", true))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/orders/" + id + "/receipt-extension", stranger.token(), Map.of("days", 5))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/orders/" + id + "/messages", stranger.token(), Map.of("body", "hi"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/orders/" + id + "/cancellation", shipping, Map.of("accept", true))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/orders/" + id + "/receipt-extension", shipping, Map.of("days", 5))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/orders/" + id + "/freeze?frozen=true", shop.seller, "")
                        .status())
                .as("staff only")
                .isEqualTo(403);
        assertThat(api.post("/api/v1/orders/" + id + "/dispute-resolution?refund=true", shop.seller, "")
                        .status())
                .isEqualTo(403);
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        assertThat(api.post("/api/v1/orders/" + id + "/freeze?frozen=true", admin, "")
                        .status())
                .isEqualTo(200);
        assertThat(shop.status(id)).isEqualTo("IN_FROZEN");
        assertThat(api.post("/api/v1/orders/" + id + "/freeze?frozen=false", admin, "")
                        .status())
                .isEqualTo(200);
        assertThat(shop.status(id)).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(api.post(
                                "/api/v1/orders/" + id + "/shipping-notices",
                                orders,
                                Map.of("sendType", "ALL", "serviceName", "UPS", "trackingNo", "1Z999AA10123456784"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/orders/" + id, orders).status()).isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/orders/" + id + "/shipping-notices",
                                shipping,
                                Map.of("sendType", "ALL", "serviceName", "UPS", "trackingNo", "1Z999AA10123456784"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/storefront/orders",
                                shop.seller,
                                Map.of("items", List.of(), "shippingAddress", Shop.address()))
                        .status())
                .isIn(400, 403);
    }

    @Test
    void addressesAreChecked() {
        var shop = new Shop(api, 10, "GENERAL");
        var address = new HashMap<>(Shop.address());
        address.put("mobileNo", "12");
        var refused = api.post(
                "/api/v1/storefront/orders",
                api.buyerToken(),
                Map.of(
                        "items",
                        List.of(Map.of("productId", shop.productId, "skuCode", shop.sku, "quantity", 1)),
                        "shippingAddress",
                        address));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("shippingAddress.mobileNo");
        assertThat(shop.stock().get("reserved").asInt())
                .as("nothing reserved for a refused order")
                .isZero();
    }

    @Test
    void contractShapeAsANewUserCallsIt() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var id = shop.placed(buyer, 1);

        var payment = api.post("/api/v1/storefront/orders/" + id + "/payment", buyer, "");
        assertThat(payment.status()).as("no body: the default provider").isEqualTo(201);
        assertThat(payment.json().get("provider").asString()).isEqualTo("ALIPAY_INTL");
        shop.settling.payAtProvider(payment.json(), "confirm");
        Api.await("payment", () -> shop.status(id).equals("WAIT_SELLER_SEND_GOODS"));

        var detail = api.get("/api/v1/orders/" + id, shop.seller).json();
        assertThat(detail.get("orderStatus").asString()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(detail.get("lines").get(0).get("attributes").get("color").asString())
                .isEqualTo("Black");
        assertThat(detail.get("shipByDeadline").isNull()).isFalse();
        assertThat(detail.get("timeLeftToShip").isNull()).isFalse();
        assertThat(detail.get("buyerSelectedService").asString()).isEqualTo("CAINIAO_STANDARD");
        assertThat(detail.get("shipments").isArray()).isTrue();

        var free = shop.notice(id, Map.of("sendType", "ALL", "serviceName", "Yanwen", "trackingNo", "UG123456789YP"));
        assertThat(free.status())
                .as("an unknown service is the seller's own carrier")
                .isEqualTo(201);
        var unpaid = shop.placed(buyer, 1);
        assertThat(api.post("/api/v1/storefront/orders/" + unpaid + "/cancel-request", buyer, "")
                        .status())
                .isEqualTo(200);
        assertThat(shop.status(unpaid)).isEqualTo("FINISH");
    }

    static Api.Response confirm(Api api, String buyer, long id) {
        return api.post("/api/v1/storefront/orders/" + id + "/confirm-receipt", buyer, "");
    }
}
