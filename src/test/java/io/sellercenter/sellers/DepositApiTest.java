package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Settling;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.billing.internal.PaymentBook;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DepositApiTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentBook book;

    @Test
    @DisplayName("R-S5 racing deposit requests open one payment; paying it again is refused")
    void payingTwiceNeverChargesTwice() throws Exception {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> api.post("/api/v1/deposits", s.seller.token(), Map.of("provider", "ALIPAY_INTL")));
        }

        List<Api.Response> responses;
        try (var pool = Executors.newFixedThreadPool(6)) {
            responses = pool.invokeAll(tasks).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(responses.stream()
                        .map(r -> r.json().get("paymentId").asLong())
                        .distinct())
                .hasSize(1);
        var payment = responses.getFirst().json();
        assertThat(payment.get("amount")).isEqualTo(category.get("depositAmount"));

        assertThat(s.payAtProvider(payment, "confirm").status()).isEqualTo(302);
        Api.await("the deposit to be paid", () -> s.step("DEPOSIT").get("done").asBoolean());
        assertThat(s.payAtProvider(payment, "confirm").status())
                .as("the provider's order is closed")
                .isEqualTo(409);

        var paymentId = payment.get("paymentId").asLong();
        var providerRef = jdbc.sql("select provider_ref from payments where id = ?")
                .param(paymentId)
                .query(String.class)
                .single();
        book.notified(ProviderCode.ALIPAY_INTL, providerRef, true);
        var entries = jdbc.sql("select amount_minor from ledger_entries where transaction_ref = ?")
                .param("payment:" + paymentId)
                .query(Long.class)
                .list();
        assertThat(entries)
                .as("one double entry, even for a repeated notification")
                .hasSize(2);
        assertThat(entries.stream().mapToLong(Long::longValue).sum()).isZero();
        assertThat(entries)
                .contains(Math.round(
                        Double.parseDouble(payment.get("amount").get("amount").asString()) * 100));

        var again = api.post("/api/v1/deposits", s.seller.token(), Map.of("provider", "WANLIHUI"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_PAID");
        var chosen = api.get("/api/v1/major-category", s.seller.token()).json();
        assertThat(chosen.get("depositPaid").asBoolean()).isTrue();
        assertThat(chosen.get("deposit").get("status").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    @DisplayName("R-S5 a declined payment leaves nothing half-done and the seller pays again")
    void declinedPaymentCanBeRetried() {
        var s = new Settling(api);
        s.chooseCategory();
        var first = s.startDeposit(s.seller.token(), "WANLIHUI");

        assertThat(s.payAtProvider(first, "decline").status()).isEqualTo(302);
        Api.await(
                "the decline to arrive",
                () -> "FAILED"
                        .equals(api.get("/api/v1/major-category", s.seller.token())
                                .json()
                                .get("deposit")
                                .get("status")
                                .asString()));
        assertThat(s.step("DEPOSIT").get("status").asString()).isEqualTo("UNPAID");

        var second = s.startDeposit(s.seller.token(), "ALIPAY_INTL");
        assertThat(second.get("paymentId").asLong())
                .isNotEqualTo(first.get("paymentId").asLong());
        s.payAtProvider(second, "confirm");
        Api.await("the deposit to be paid", () -> s.step("DEPOSIT").get("done").asBoolean());
    }

    @Test
    @DisplayName("R-S5 switching provider closes the abandoned order, which can no longer be paid")
    void abandonedOrderIsClosed() {
        var s = new Settling(api);
        s.chooseCategory();
        var alipay = s.startDeposit(s.seller.token(), "ALIPAY_INTL");
        var wanlihui = s.startDeposit(s.seller.token(), "WANLIHUI");

        assertThat(wanlihui.get("paymentId").asLong())
                .isNotEqualTo(alipay.get("paymentId").asLong());
        assertThat(s.payAtProvider(alipay, "confirm").status()).isEqualTo(409);
    }

    @Test
    void providerNotificationsNeedTheirSignature() {
        var forged = api.send(
                "POST",
                "/api/v1/payments/callbacks/alipay-intl",
                null,
                HttpRequest.BodyPublishers.ofString("{\"providerReference\":\"AL1\",\"status\":\"PAID\"}"),
                "application/json",
                "X-Sandbox-Signature",
                "00ff");

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("INVALID_SIGNATURE");
    }

    @Test
    @DisplayName("R-S8 the main account or a FINANCE sub-account pays the deposit; others may not")
    void financePermissionPaysDeposits() {
        var s = new Settling(api);
        s.chooseCategory();
        var finance = api.subAccount(s.seller, "FINANCE");
        var orders = api.subAccount(s.seller, "ORDERS");

        assertThat(api.post("/api/v1/deposits", orders, Map.of("provider", "ALIPAY_INTL"))
                        .status())
                .isEqualTo(403);
        assertThat(s.startDeposit(finance, "ALIPAY_INTL").get("status").asString())
                .isEqualTo("PENDING");
    }
}
