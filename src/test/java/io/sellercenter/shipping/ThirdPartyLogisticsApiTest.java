package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-H14 (seed 002): third-party logistics. The waybill is generated here; the third party prints the label and manifest
 * in its own system; the seller then confirms the shipment, which fills in the shipping notice.
 */
class ThirdPartyLogisticsApiTest extends ApiTestBase {

    private long create(Shop s, long order, String service) {
        var body = LogisticsOrderApiTest.body(order, service, "GENERAL", "SELF_SEND", "518102");
        body.put("confirmServiceMismatch", true);
        var created = api.post("/api/v1/logistics-orders", s.seller, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("logisticsOrderId").asLong();
    }

    @Test
    @DisplayName(
            "R-H14 a third-party logistics order: waybill here, no label here (409), confirmed after the third party's manifest, which fills in the notice")
    void waybillHereLabelThere() {
        var s = new Shop(api, 50, "GENERAL");
        s.bindFreightAccount();
        var order = s.paid(api.buyerToken(), 1);
        var id = create(s, order, "YANWEN_3PL");

        var parcel = api.get("/api/v1/logistics-orders/" + id, s.seller).json();
        var waybill = parcel.get("intlTrackingNo").asString();
        assertThat(waybill).matches("YW[0-9]{14}");
        assertThat(parcel.get("labelUrl").isNull()).isTrue();
        assertThat(parcel.get("thirdPartySystemUrl").asString()).startsWith("https://");

        var label = api.get("/api/v1/logistics-orders/" + id + "/label", s.seller);
        assertThat(label.status()).isEqualTo(409);
        assertThat(label.code()).isEqualTo("LABEL_PRINTED_BY_THIRD_PARTY");
        assertThat(label.json().get("detail").asString()).contains(waybill);
        var batch = api.post("/api/v1/labels", s.seller, Map.of("logisticsOrderIds", List.of(id)));
        assertThat(batch.status()).isEqualTo(409);
        assertThat(batch.code()).isEqualTo("LABEL_PRINTED_BY_THIRD_PARTY");

        var confirmed = api.post("/api/v1/logistics-orders/" + id + "/confirm-shipping", s.seller, Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().get("trackingNo").asString()).isEqualTo(waybill);
        assertThat(confirmed.json().get("sendType").asString()).isEqualTo("ALL");
        assertThat(s.status(order)).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        var again = api.post("/api/v1/logistics-orders/" + id + "/confirm-shipping", s.seller, Map.of());
        assertThat(again.status()).as("shipped once").isEqualTo(409);
    }

    @Test
    @DisplayName(
            "R-H14 R-S8 only a third-party order is confirmed so; others' not found; SHIPPING needed; a 3PL channel needs its system's address")
    void refusals() {
        var s = new Shop(api, 50, "GENERAL");
        s.bindFreightAccount();
        var platform = create(s, s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD");
        var notThirdParty = api.post("/api/v1/logistics-orders/" + platform + "/confirm-shipping", s.seller, Map.of());
        assertThat(notThirdParty.status()).isEqualTo(409);
        assertThat(notThirdParty.code()).isEqualTo("NOT_THIRD_PARTY_CHANNEL");

        var thirdParty = create(s, s.paid(api.buyerToken(), 1), "YANWEN_3PL");
        var other = new Shop(api, 1, "GENERAL");
        assertThat(api.post("/api/v1/logistics-orders/" + thirdParty + "/confirm-shipping", other.seller, Map.of())
                        .status())
                .isEqualTo(404);
        var ordersOnly = api.subAccount(s.settling.seller, "ORDERS");
        assertThat(api.post("/api/v1/logistics-orders/" + thirdParty + "/confirm-shipping", ordersOnly, Map.of())
                        .status())
                .isEqualTo(403);

        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var channel = api.get("/api/v1/logistics-channels", admin).json();
        var yanwen = new java.util.HashMap<String, Object>(Api.JSON.convertValue(
                java.util.stream.StreamSupport.stream(channel.spliterator(), false)
                        .filter(c -> c.get("serviceCode").asString().equals("YANWEN_3PL"))
                        .findFirst()
                        .orElseThrow(),
                Map.class));
        yanwen.remove("serviceCode");
        yanwen.put("thirdPartySystemUrl", null);
        var withoutSystem = api.send(
                "PUT",
                "/api/v1/logistics-channels/TEST_3PL_NO_SYSTEM",
                admin,
                java.net.http.HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(yanwen)),
                "application/json");
        assertThat(withoutSystem.status()).as(withoutSystem.toString()).isEqualTo(400);
        assertThat(withoutSystem.json().get("errors").get(0).get("field").asString())
                .isEqualTo("thirdPartySystemUrl");
    }
}
