package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-H6 (seeds 002, 003): outside the collection range the parcel goes to the transit warehouse by domestic express; the
 * seller records the courier and tracking number, and sees whom to call at the warehouse.
 */
class DropOffApiTest extends ApiTestBase {

    @Test
    @DisplayName(
            "R-H6 a self-sent parcel records its domestic courier and tracking number while awaited; the warehouse's contact is shown")
    void domesticExpress() {
        var s = new Shop(api, 50, "GENERAL");
        s.bindFreightAccount();
        var order = s.paid(api.buyerToken(), 1);
        var created = api.post(
                        "/api/v1/logistics-orders",
                        s.seller,
                        LogisticsOrderApiTest.body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "100000"))
                .json();
        assertThat(created.get("status").asString()).isEqualTo("AWAITING_DROP_OFF");
        assertThat(created.get("transitWarehouse").get("phone").asString()).startsWith("+86");
        var id = created.get("logisticsOrderId").asLong();

        var bad = api.post(
                "/api/v1/logistics-orders/" + id + "/drop-off",
                s.seller,
                Map.of("domesticCarrier", "", "domesticTrackingNo", "no spaces allowed"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("domesticCarrier", "domesticTrackingNo");

        var recorded = api.post(
                "/api/v1/logistics-orders/" + id + "/drop-off",
                s.seller,
                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().get("domesticCarrier").asString()).isEqualTo("SF Express");
        assertThat(api.get("/api/v1/logistics-orders/" + id, s.seller)
                        .json()
                        .get("domesticTrackingNo")
                        .asString())
                .isEqualTo("SF1234567890");

        var other = new Shop(api, 1, "GENERAL");
        assertThat(api.post(
                                "/api/v1/logistics-orders/" + id + "/drop-off",
                                other.seller,
                                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"))
                        .status())
                .isEqualTo(404);
        var ordersOnly = api.subAccount(s.settling.seller, "ORDERS");
        assertThat(api.post(
                                "/api/v1/logistics-orders/" + id + "/drop-off",
                                ordersOnly,
                                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"))
                        .status())
                .isEqualTo(403);

        api.post("/api/v1/logistics-orders/" + id + "/cancel", s.seller, Map.of());
        var late = api.post(
                "/api/v1/logistics-orders/" + id + "/drop-off",
                s.seller,
                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("DROP_OFF_NOT_AWAITED");
    }

    @Test
    @DisplayName(
            "R-H6 outside every range the nearest transit warehouse is asked for a pickup; it accepts or declines by a signed carrier event, and declined the parcel goes by domestic express")
    void pickupAskedOutsideTheRange() {
        var s = new Shop(api, 50, "GENERAL");
        s.bindFreightAccount();
        var guangdong = LogisticsOrderApiTest.body(
                s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "DOOR_PICKUP", "512000");
        assertThat(api.post("/api/v1/logistics-orders", s.seller, guangdong).code())
                .as("not asked, pickup outside the range is refused")
                .isEqualTo("PICKUP_NOT_AVAILABLE");
        guangdong.put("askPickupOutsideRange", true);
        var asked = api.post("/api/v1/logistics-orders", s.seller, guangdong);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("status").asString()).isEqualTo("AWAITING_PICKUP_ANSWER");
        assertThat(asked.json().get("transitWarehouse").get("code").asString())
                .as("512000 shares '51' with Guangzhou's 510 and 511, only '5' with Shenzhen's 518")
                .isEqualTo("CAN");
        var waybill = asked.json().get("intlTrackingNo").asString();
        var id = asked.json().get("logisticsOrderId").asLong();
        assertThat(api.post(
                                "/api/v1/logistics-orders/" + id + "/drop-off",
                                s.seller,
                                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"))
                        .code())
                .as("no domestic express while the warehouse has not answered")
                .isEqualTo("DROP_OFF_NOT_AWAITED");

        assertThat(event(waybill, "PICKUP_DECLINED").status()).isEqualTo(200);
        assertThat(event(waybill, "PICKUP_ACCEPTED").status())
                .as("a late contrary answer moves nothing")
                .isEqualTo(200);
        var declined = api.get("/api/v1/logistics-orders/" + id, s.seller).json();
        assertThat(declined.get("status").asString()).isEqualTo("AWAITING_DROP_OFF");
        assertThat(api.post(
                                "/api/v1/logistics-orders/" + id + "/drop-off",
                                s.seller,
                                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"))
                        .status())
                .isEqualTo(200);

        var accepted = LogisticsOrderApiTest.body(
                s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "DOOR_PICKUP", "512000");
        accepted.put("askPickupOutsideRange", true);
        var second = api.post("/api/v1/logistics-orders", s.seller, accepted).json();
        assertThat(event(second.get("intlTrackingNo").asString(), "PICKUP_ACCEPTED")
                        .status())
                .isEqualTo(200);
        assertThat(api.get(
                                "/api/v1/logistics-orders/"
                                        + second.get("logisticsOrderId").asLong(),
                                s.seller)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_PICKUP");
    }

    private Api.Response event(String waybill, String actionCode) {
        return LogisticsOrderApiTest.carrierEvent(
                api,
                "{\"intlTrackingNo\":\"" + waybill + "\",\"actionCode\":\"" + actionCode
                        + "\",\"occurredAt\":\"2026-11-23T08:00:00Z\",\"location\":\"Guangzhou\"}");
    }
}
