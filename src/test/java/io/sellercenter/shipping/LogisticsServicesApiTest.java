package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class LogisticsServicesApiTest extends ApiTestBase {

    @Autowired
    LogisticsServices services;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** An order of 2 battery earbuds (80 g, 10×8×4 cm each) to the US, the buyer having chosen CAINIAO_STANDARD. */
    record Placed(Shop shop, long orderId) {}

    private Placed paidBatteryOrder() {
        var shop = new Shop(api, 10, "BATTERY");
        return new Placed(shop, shop.placed(api.buyerToken(), 2));
    }

    private static JsonNode service(JsonNode options, String code) {
        return options.valueStream()
                .filter(o -> o.get("serviceCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "R-H3 R-H4 R-H6 services for an order: freight on the chargeable weight, buyer's choice, goods type, pickup")
    void servicesForAnOrder() {
        var p = paidBatteryOrder();
        var seller = p.shop().seller;

        var options = api.get("/api/v1/orders/" + p.orderId() + "/logistics-services", seller)
                .json();

        var standard = service(options, "CAINIAO_STANDARD");
        assertThat(standard.get("buyerSelected").asBoolean()).isTrue();
        assertThat(standard.get("acceptsGoodsType").asBoolean()).isTrue();
        // 160 g actual > 80 g volumetric, rounded up to 200 g: 18.00 + 0.2 × 60.00
        assertThat(standard.get("chargeableWeightGrams").asInt()).isEqualTo(200);
        assertThat(standard.get("estimatedFreight").get("amount").asString()).isEqualTo("30.00");
        assertThat(standard.get("deliveryDays").asInt()).isEqualTo(15);
        var economy = service(options, "CAINIAO_SUPER_ECONOMY");
        assertThat(economy.get("acceptsGoodsType").asBoolean()).isFalse();
        assertThat(economy.get("unavailableReason").asString()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");
        assertThat(economy.get("estimatedFreight").isNull()).isTrue();
        assertThat(service(options, "CPAM").get("buyerSelected").asBoolean()).isFalse();
        assertThat(standard.get("pickupAvailable").asBoolean())
                .as("no postal code in the warehouse address")
                .isFalse();

        var shenzhen = api.get("/api/v1/orders/" + p.orderId() + "/logistics-services?pickupPostalCode=518102", seller)
                .json();
        assertThat(service(shenzhen, "CAINIAO_STANDARD").get("pickupAvailable").asBoolean())
                .isTrue();
        assertThat(service(shenzhen, "CAINIAO_STANDARD")
                        .get("transitWarehouse")
                        .get("sortCode")
                        .asString())
                .isEqualTo("SZX-01");

        var heavy = api.get(
                        "/api/v1/orders/" + p.orderId()
                                + "/logistics-services?weightGrams=5000&lengthCm=30&widthCm=20&heightCm=20",
                        seller)
                .json();
        assertThat(service(heavy, "CAINIAO_PREMIUM").get("unavailableReason").isNull())
                .isTrue();
        assertThat(service(heavy, "CAINIAO_STANDARD")
                        .get("estimatedFreight")
                        .get("amount")
                        .asString())
                .as("5 kg: 18.00 + 5 × 60.00")
                .isEqualTo("318.00");
    }

    @Test
    @DisplayName("R-S8 services are the SHIPPING group's; another seller's order is not found")
    void tenancyAndPermission() {
        var p = paidBatteryOrder();
        var stranger = api.registerSeller();
        var orders = api.subAccount(p.shop().settling.seller, "ORDERS");
        var shipping = api.subAccount(p.shop().settling.seller, "SHIPPING");

        assertThat(api.get("/api/v1/orders/" + p.orderId() + "/logistics-services", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + p.orderId() + "/logistics-services", orders)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/orders/" + p.orderId() + "/logistics-services", shipping)
                        .status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("R-H2 the deduction account is bound and unbound by the main account or FINANCE")
    void freightAccount() {
        var seller = api.registerSeller();
        var finance = api.subAccount(seller, "FINANCE");
        var shipping = api.subAccount(seller, "SHIPPING");
        var body = Map.of(
                "provider",
                "ALIPAY_INTL",
                "accountNo",
                "finance@shenzhen-demo.cn",
                "agreementNo",
                "20881234567890123456");

        assertThat(api.get("/api/v1/freight-account", seller.token())
                        .json()
                        .get("bound")
                        .asBoolean())
                .isFalse();
        assertThat(put(shipping, body).status()).isEqualTo(403);
        var bound = put(finance, body);
        assertThat(bound.status()).isEqualTo(200);
        assertThat(bound.json().get("bound").asBoolean()).isTrue();
        assertThat(bound.json().get("accountNo").asString()).isEqualTo("fi****cn");
        assertThat(api.get("/api/v1/freight-account", api.registerSeller().token())
                        .json()
                        .get("bound")
                        .asBoolean())
                .as("each seller's own")
                .isFalse();
        assertThat(put(
                                finance,
                                Map.of(
                                        "provider",
                                        "WANLIHUI",
                                        "accountNo",
                                        "x@y.z",
                                        "agreementNo",
                                        "20881234567890123456"))
                        .status())
                .isEqualTo(400);
        assertThat(api.delete("/api/v1/freight-account", seller.token())
                        .json()
                        .get("bound")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void adminsMaintainChannelsAndTransitWarehouses() {
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var seller = api.token("seller@demo.local", DEMO_PASSWORD);
        var channel = channel("Test Line", "测试专线", "TL", List.of("GENERAL"), false, "50.00");

        assertThat(send(seller, "/api/v1/logistics-channels/TEST_LINE", channel).status())
                .isEqualTo(403);
        var saved = send(admin, "/api/v1/logistics-channels/TEST_LINE", channel);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("rates").get(0).get("perKg").get("amount").asString())
                .isEqualTo("50.00");
        assertThat(api.get("/api/v1/logistics-channels", seller)
                        .json()
                        .valueStream()
                        .map(c -> c.get("serviceCode").asString()))
                .contains(
                        "CAINIAO_STANDARD",
                        "CAINIAO_PREMIUM",
                        "CAINIAO_SUPER_ECONOMY",
                        "CPAM",
                        "E_PACKET",
                        "TEST_LINE");
        var warehouse = Map.of(
                "name", "Test Hub", "sortCode", "TST-9", "address", "Somewhere", "postalPrefixes", List.of("999"));
        assertThat(send(seller, "/api/v1/transit-warehouses/TST", warehouse).status())
                .isEqualTo(403);
        assertThat(send(admin, "/api/v1/transit-warehouses/TST", warehouse).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("R-H3 a channel staff enable, reprice or disable is offered accordingly at once, on the next request")
    void channelChangesReachOffersAtOnce() {
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var p = paidBatteryOrder();
        var path = "/api/v1/orders/" + p.orderId() + "/logistics-services";
        var channel = channel("Fresh Line", "新线", "FL", List.of("GENERAL", "BATTERY"), true, "50.00");
        Supplier<Optional<JsonNode>> offered = () -> api.get(path, p.shop().seller)
                .json()
                .valueStream()
                .filter(o -> o.get("serviceCode").asString().equals("FRESH_LINE"))
                .findFirst();
        assertThat(offered.get()).isEmpty();

        try {
            assertThat(send(admin, "/api/v1/logistics-channels/FRESH_LINE", channel)
                            .status())
                    .isEqualTo(200);
            // 160 g rounded to 200 g: 10.00 + 0.2 × 50.00
            assertThat(offered.get()
                            .orElseThrow()
                            .get("estimatedFreight")
                            .get("amount")
                            .asString())
                    .isEqualTo("20.00");

            channel.put("rates", rates("100.00"));
            assertThat(send(admin, "/api/v1/logistics-channels/FRESH_LINE", channel)
                            .status())
                    .isEqualTo(200);
            assertThat(offered.get()
                            .orElseThrow()
                            .get("estimatedFreight")
                            .get("amount")
                            .asString())
                    .isEqualTo("30.00");
        } finally {
            channel.put("enabled", false);
            assertThat(send(admin, "/api/v1/logistics-channels/FRESH_LINE", channel)
                            .status())
                    .isEqualTo(200);
        }
        assertThat(offered.get()).isEmpty();
    }

    @Test
    @DisplayName("R-H3 a channel change read inside its transaction, then rolled back, never hides the next change")
    void rolledBackChannelChangeIsNotKept() {
        var before = services.channel("CPAM").orElseThrow().deliveryDays();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            deliveryDaysOfCpam(before + 7);
            assertThat(services.channel("CPAM").orElseThrow().deliveryDays()).isEqualTo(before + 7);
            tx.setRollbackOnly();
        });
        try {
            deliveryDaysOfCpam(before + 3);
            assertThat(services.channel("CPAM").orElseThrow().deliveryDays()).isEqualTo(before + 3);
        } finally {
            deliveryDaysOfCpam(before);
        }
        assertThat(services.channel("CPAM").orElseThrow().deliveryDays()).isEqualTo(before);
    }

    private void deliveryDaysOfCpam(int days) {
        jdbc.sql("update logistics_channels set delivery_days = ? where service_code = 'CPAM'")
                .param(days)
                .update();
    }

    /** A channel to the US as staff send it, at {@code perKg} per kg plus 10.00 per parcel. */
    private static Map<String, Object> channel(
            String nameEn,
            String nameZh,
            String waybillPrefix,
            List<String> goodsTypes,
            boolean enabled,
            String perKg) {
        var channel = new LinkedHashMap<String, Object>();
        channel.put("nameEn", nameEn);
        channel.put("nameZh", nameZh);
        channel.put("kind", "EXPRESS");
        channel.put("acceptedGoodsTypes", goodsTypes);
        channel.put("destinationCountries", List.of("US"));
        channel.put("deliveryDays", 9);
        channel.put("maxWeightGrams", 3000);
        channel.put("maxSideCm", 60);
        channel.put("maxSumOfSidesCm", 120);
        channel.put("waybillPrefix", waybillPrefix);
        channel.put("trackingPattern", waybillPrefix + "[0-9]{12}");
        channel.put("returnFee", Map.of("amount", "10.00", "currency", "CNY"));
        channel.put("enabled", enabled);
        channel.put("rates", rates(perKg));
        return channel;
    }

    private static List<Map<String, Object>> rates(String perKg) {
        return List.of(Map.of(
                "zone",
                "1",
                "countries",
                List.of("US"),
                "perKg",
                Map.of("amount", perKg, "currency", "CNY"),
                "perParcel",
                Map.of("amount", "10.00", "currency", "CNY"),
                "roundingGrams",
                100,
                "volumetricDivisor",
                6000));
    }

    private Api.Response put(String token, Object body) {
        return send(token, "/api/v1/freight-account", body);
    }

    private Api.Response send(String token, String path, Object body) {
        return api.send(
                "PUT", path, token, BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body)), "application/json");
    }
}
