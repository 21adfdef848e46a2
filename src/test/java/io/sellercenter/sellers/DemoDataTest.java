package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import org.junit.jupiter.api.Test;

class DemoDataTest extends ApiTestBase {

    @Test
    void demoSellerIsSettledInAndASecondSellerWaitsInTheReviewQueue() {
        var seller = api.token("seller@demo.local", DEMO_PASSWORD);
        var checklist = api.get("/api/v1/onboarding", seller).json();
        assertThat(checklist
                        .get("steps")
                        .valueStream()
                        .allMatch(s -> s.get("done").asBoolean()))
                .isTrue();
        var stores = api.get("/api/v1/stores", seller).json();
        assertThat(stores.get(0).get("type").asString()).isEqualTo("OFFICIAL");
        assertThat(api.get("/api/v1/brands", seller).json().get(0).get("status").asString())
                .isEqualTo("APPROVED");

        var second = api.get("/api/v1/certification", api.token("seller2@demo.local", DEMO_PASSWORD))
                .json();
        assertThat(second.get("status").asString()).isEqualTo("IN_REVIEW");
        var queue = api.get(
                        "/api/v1/reviews?status=IN_REVIEW&kind=CERTIFICATION&size=200",
                        api.token("reviewer@demo.local", DEMO_PASSWORD))
                .json();
        assertThat(queue.get("items").valueStream().map(i -> i.get("sellerName").asString()))
                .contains("Yiwu Sunrise Toys Co., Ltd.");

        var categories = api.get("/api/v1/categories", seller).json();
        assertThat(categories.size()).isGreaterThanOrEqualTo(5);
        assertThat(categories
                        .valueStream()
                        .anyMatch(c -> !c.get("overseasShipFromOpen").asBoolean()))
                .isTrue();
        assertThat(categories.get(0).get("children").size()).isGreaterThanOrEqualTo(2);
    }
}
