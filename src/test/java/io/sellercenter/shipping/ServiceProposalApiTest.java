package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-H3 (seed 003): the buyer's service cannot carry the parcel, or the buyer chose none. The seller proposes one in
 * an order message; accepted, it is the buyer's service. Otherwise shipping on another service is the seller's risk,
 * and the order keeps it.
 */
class ServiceProposalApiTest extends ApiTestBase {

    private Shop shop() {
        var shop = new Shop(api, 50, "GENERAL");
        shop.bindFreightAccount();
        return shop;
    }

    private Api.Response propose(Shop s, long order, String service) {
        return api.post("/api/v1/orders/" + order + "/service-proposals", s.seller, Map.of("serviceCode", service));
    }

    @Test
    @DisplayName(
            "R-H3 a proposal goes to the buyer as a message; a newer one supersedes it; the accepted one is the buyer's service, shipped on without risk")
    void proposeAndAccept() {
        var s = shop();
        var buyer = api.buyerToken();
        var order = s.paid(buyer, 1);

        var first = propose(s, order, "CPAM");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("status").asString()).isEqualTo("PROPOSED");
        var messages = api.get("/api/v1/storefront/orders/" + order + "/messages", buyer)
                .json();
        assertThat(StreamSupport.stream(messages.spliterator(), false)
                        .anyMatch(m -> m.get("messageId").asLong()
                                        == first.json().get("messageId").asLong()
                                && m.get("body").asString().contains("CPAM")))
                .as("the proposal is an order message the buyer reads")
                .isTrue();

        var second = propose(s, order, "CAINIAO_SUPER_ECONOMY");
        assertThat(second.status()).isEqualTo(201);
        var seen = api.get("/api/v1/storefront/orders/" + order + "/service-proposals", buyer)
                .json();
        assertThat(seen.get(0).get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(seen.get(1).get("status").asString()).isEqualTo("PROPOSED");

        var stale = api.post(
                "/api/v1/storefront/orders/" + order + "/service-proposals/"
                        + first.json().get("proposalId").asLong() + "/accept",
                buyer,
                Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("PROPOSAL_NOT_OPEN");

        var accepted = api.post(
                "/api/v1/storefront/orders/" + order + "/service-proposals/"
                        + second.json().get("proposalId").asLong() + "/accept",
                buyer,
                Map.of());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(s.order(order).get("buyerSelectedService").asString()).isEqualTo("CAINIAO_SUPER_ECONOMY");

        var created = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                LogisticsOrderApiTest.body(order, "CAINIAO_SUPER_ECONOMY", "GENERAL", "SELF_SEND", "518102"));
        assertThat(created.status()).as("no risk to confirm: " + created).isEqualTo(201);
        assertThat(s.order(order).get("serviceMismatchConfirmed").asBoolean()).isFalse();
    }

    @Test
    @DisplayName(
            "R-H3 shipping on a service the buyer neither chose nor accepted: confirmed, the order keeps the risk taken")
    void riskTaken() {
        var s = shop();
        var order = s.paid(api.buyerToken(), 1);
        var unconfirmed = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                LogisticsOrderApiTest.body(order, "CPAM", "GENERAL", "SELF_SEND", "518102"));
        assertThat(unconfirmed.code()).isEqualTo("SERVICE_MISMATCH_NOT_CONFIRMED");
        assertThat(s.order(order).get("serviceMismatchConfirmed").asBoolean()).isFalse();

        var confirmed = LogisticsOrderApiTest.body(order, "CPAM", "GENERAL", "SELF_SEND", "518102");
        confirmed.put("confirmServiceMismatch", true);
        assertThat(api.post("/api/v1/logistics-orders", s.seller, confirmed).status())
                .isEqualTo(201);
        assertThat(s.order(order).get("serviceMismatchConfirmed").asBoolean()).isTrue();
    }

    @Test
    @DisplayName(
            "R-H3 R-H4 only a service that can carry the parcel is proposed: one refusing its goods is refused, naming them")
    void onlyServicesThatCanCarry() {
        var s = new Shop(api, 50, "BATTERY");
        var order = s.paid(api.buyerToken(), 1);
        var refused = propose(s, order, "CAINIAO_SUPER_ECONOMY");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");
        assertThat(refused.json().get("rule").asString()).isEqualTo("R-H4");
        assertThat(refused.json().get("refusedGoodsTypes").get(0).asString()).isEqualTo("BATTERY");
        assertThat(api.get("/api/v1/orders/" + order + "/service-proposals", s.seller)
                        .json()
                        .size())
                .isZero();
        assertThat(propose(s, order, "CAINIAO_PREMIUM").status()).isEqualTo(201);
    }

    @Test
    @DisplayName(
            "R-H1 R-H3 R-S8 proposals: not the buyer's own service, an enabled one, an order waiting; other sellers and buyers not found; SHIPPING and ORDERS needed")
    void refusals() {
        var s = shop();
        var buyer = api.buyerToken();
        var order = s.paid(buyer, 1);

        assertThat(propose(s, order, "CAINIAO_STANDARD").code()).isEqualTo("SERVICE_ALREADY_CHOSEN");
        var unknown = propose(s, order, "NO_SUCH_SERVICE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("serviceCode");

        var other = shop();
        assertThat(propose(other, order, "CPAM").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/orders/" + order + "/service-proposals", other.seller)
                        .status())
                .isEqualTo(404);
        var proposal = propose(s, order, "CPAM").json().get("proposalId").asLong();
        var stranger = api.buyerToken();
        assertThat(api.get("/api/v1/storefront/orders/" + order + "/service-proposals", stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/storefront/orders/" + order + "/service-proposals/" + proposal + "/accept",
                                stranger,
                                Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/storefront/orders/" + order + "/service-proposals/" + proposal + "/accept",
                                s.seller,
                                Map.of())
                        .status())
                .as("only the buyer accepts")
                .isEqualTo(403);

        var ordersOnly = api.subAccount(s.settling.seller, "ORDERS");
        var shippingOnly = api.subAccount(s.settling.seller, "SHIPPING");
        assertThat(api.post("/api/v1/orders/" + order + "/service-proposals", ordersOnly, Map.of("serviceCode", "CPAM"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/orders/" + order + "/service-proposals",
                                shippingOnly,
                                Map.of("serviceCode", "CPAM"))
                        .status())
                .isEqualTo(403);
        var both = api.subAccount(s.settling.seller, "ORDERS", "SHIPPING");
        assertThat(api.post("/api/v1/orders/" + order + "/service-proposals", both, Map.of("serviceCode", "CPAM"))
                        .status())
                .isEqualTo(201);

        s.shipAll(order);
        var shipped = propose(s, order, "CPAM");
        assertThat(shipped.status()).isEqualTo(409);
        assertThat(shipped.code()).isEqualTo("ORDER_NOT_WAITING_FOR_SHIPMENT");
    }
}
