package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.SecondInstance;
import io.sellercenter.Shop;
import io.sellercenter.TestClock;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shipping.internal.DeliveryCompensation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

public class LogisticsOrderApiTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    AccountLookup accounts;

    @Autowired
    FreightAccounts freightAccounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ThreadPoolTaskExecutor tasks;

    /** A settled seller with a product in CN stock, the deduction account bound or not. */
    private Shop shop(String goodsType, boolean bindAccount) {
        var shop = new Shop(api, 50, goodsType);
        if (bindAccount) {
            shop.bindFreightAccount();
        }
        return shop;
    }

    public static Map<String, Object> body(
            long orderId, String service, String goodsType, String pickupType, String pickupZip) {
        var body = new HashMap<String, Object>();
        body.put("orderId", orderId);
        body.put("serviceCode", service);
        body.put("goodsType", goodsType);
        body.put(
                "sender",
                Map.of(
                        "contactPerson",
                        "陈静",
                        "mobileNo",
                        "13800138000",
                        "country",
                        "CN",
                        "province",
                        "Guangdong",
                        "city",
                        "Shenzhen",
                        "address",
                        "18 Xixiang Avenue",
                        "zip",
                        pickupZip));
        body.put("declaredItems", List.of(Shop.declaredEarbuds(1, "19.90", 80)));
        body.put("package", Map.of("weightGrams", 150, "lengthCm", 12, "widthCm", 10, "heightCm", 6));
        body.put("pickupType", pickupType);
        body.put("undeliverableDecision", "RETURN");
        return body;
    }

    @Test
    @DisplayName("R-H2 without a bound deduction account online shipping is refused")
    void needsDeductionAccount() {
        var s = shop("GENERAL", false);
        var refused = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                body(s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("DEDUCTION_ACCOUNT_NOT_BOUND");
        assertThat(refused.json().get("rule").asString()).isEqualTo("R-H2");
    }

    @Test
    @DisplayName("R-H2 a shipment racing with an unbind waits for it and is refused: no hold on an unbound account")
    void unbindRacingWithShipment() throws Exception {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        var owner = accounts.byEmail(s.settling.seller.email()).orElseThrow();
        var unbound = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var unbinding = pool.submit(() -> transactions.execute(status -> {
                freightAccounts.unbind(owner);
                unbound.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }));
            unbound.await();
            var shipment = pool.submit(() -> api.post(
                    "/api/v1/logistics-orders",
                    s.seller,
                    body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102")));
            try {
                while (!someoneWaitsForALock()) {
                    assertThat(shipment.isDone())
                            .as(
                                    "the shipment went ahead while the unbind was open: %s",
                                    shipment.isDone() ? shipment.get() : "")
                            .isFalse();
                    Thread.onSpinWait();
                }
            } finally {
                commit.countDown();
            }
            unbinding.get();

            var refused = shipment.get();
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("DEDUCTION_ACCOUNT_NOT_BOUND");
        }
        assertThat(jdbc.sql("select count(*) from logistics_orders where order_id = ?")
                        .param(order)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private boolean someoneWaitsForALock() {
        return jdbc.sql("select count(*) > 0 from pg_locks where not granted")
                .query(Boolean.class)
                .single();
    }

    @Test
    @DisplayName("R-H5 R-H6 the consignee corrected and a pickup address of its own; the country stays the order's")
    void consigneeAndPickupAddress() throws Exception {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        var outOfRange = body(order, "CAINIAO_STANDARD", "GENERAL", "DOOR_PICKUP", "100000");
        var receiver = new HashMap<String, Object>(Shop.address());
        receiver.put("contactPerson", "Emma J. Johnson");
        receiver.put("address", "742 Evergreen Terrace, Apt 2");

        receiver.put("country", "FR");
        outOfRange.put("receiver", receiver);
        var elsewhere = api.post("/api/v1/logistics-orders", s.seller, outOfRange);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().get("errors").get(0).get("field").asString())
                .isEqualTo("receiver.country");
        assertThat(elsewhere.json().get("errors").get(0).get("code").asString()).isEqualTo("RECEIVER_COUNTRY_CHANGED");

        receiver.put("country", Shop.address().get("country"));
        assertThat(api.post("/api/v1/logistics-orders", s.seller, outOfRange).code())
                .as("the sender's own address is outside every collection range")
                .isEqualTo("PICKUP_NOT_AVAILABLE");
        outOfRange.put(
                "pickupAddress",
                Map.of(
                        "contactPerson", "陈静",
                        "mobileNo", "13800138000",
                        "country", "CN",
                        "city", "Shenzhen",
                        "address", "1 Keyuan Road, Nanshan",
                        "zip", "518057"));
        var created = api.post("/api/v1/logistics-orders", s.seller, outOfRange);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("AWAITING_PICKUP");
        assertThat(created.json().get("transitWarehouse").get("sortCode").asString())
                .isEqualTo("SZX-01");

        var label = api.get(created.json().get("labelUrl").asString(), s.seller);
        try (var document = Loader.loadPDF(label.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Emma J. Johnson", "742 Evergreen Terrace, Apt 2");
        }
    }

    @Test
    @DisplayName(
            "R-H4 R-H6 R-H7 goods type, handover and undeliverable decision are the platform's words: any other is refused beside its field, nothing created")
    void typedContract() {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        for (var field : List.of("goodsType", "pickupType", "undeliverableDecision")) {
            var b = body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102");
            b.put(field, "BY_DRONE");
            var refused = api.post("/api/v1/logistics-orders", s.seller, b);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo(field);
            assertThat(refused.json().get("errors").get(0).get("code").asString())
                    .isEqualTo("INVALID_VALUE");
        }
        var created = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("pickupType").asString()).isEqualTo("SELF_SEND");
        assertThat(created.json().get("undeliverableDecision").asString()).isEqualTo("RETURN");
        assertThat(created.json().get("shipmentNo").asInt()).isEqualTo(1);
        var read = api.get(
                "/api/v1/logistics-orders/"
                        + created.json().get("logisticsOrderId").asLong(),
                s.seller);
        assertThat(read.json().get("pickupType").asString()).isEqualTo("SELF_SEND");
        assertThat(read.json().get("undeliverableDecision").asString()).isEqualTo("RETURN");
    }

    @Test
    @DisplayName(
            "R-H4 a power bank and a cable: a service that refuses batteries is refused whatever the request declares, naming the refused type")
    void goodsTypePerLine() {
        var s = shop("GENERAL", true);
        var powerBank = "PB-" + UUID.randomUUID().toString().substring(0, 8);
        var powerBankId = s.anotherProduct(powerBank, "BATTERY", 20);
        var order = s.paid(
                api.buyerToken(),
                List.of(
                        Map.of("productId", s.productId, "skuCode", s.sku, "quantity", 1),
                        Map.of("productId", powerBankId, "skuCode", powerBank, "quantity", 1)));

        var services = api.get("/api/v1/orders/" + order + "/logistics-services", s.seller)
                .json();
        var economy = StreamSupport.stream(services.spliterator(), false)
                .filter(o -> o.get("serviceCode").asString().equals("CAINIAO_SUPER_ECONOMY"))
                .findFirst()
                .orElseThrow();
        assertThat(economy.get("acceptsGoodsType").asBoolean()).isFalse();
        assertThat(economy.get("refusedGoodsTypes").get(0).asString()).isEqualTo("BATTERY");
        assertThat(economy.get("unavailableReason").asString()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");

        var declaredGeneral = body(order, "CAINIAO_SUPER_ECONOMY", "GENERAL", "SELF_SEND", "518102");
        declaredGeneral.put("confirmServiceMismatch", true);
        var refused = api.post("/api/v1/logistics-orders", s.seller, declaredGeneral);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");
        assertThat(refused.json().get("rule").asString()).isEqualTo("R-H4");
        assertThat(refused.json().get("refusedGoodsTypes").get(0).asString()).isEqualTo("BATTERY");
        assertThat(refused.json().get("shipOffline").asBoolean())
                .as("another online service takes batteries")
                .isFalse();

        var standard = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
        assertThat(standard.status()).as(standard.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName(
            "R-H3 R-H4 R-H6 R-H8 the buyer's service unless confirmed, accepted goods, pickup in range; postal waybills are S10")
    void createRules() {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);

        var mismatch =
                api.post("/api/v1/logistics-orders", s.seller, body(order, "CPAM", "GENERAL", "SELF_SEND", "518102"));
        assertThat(mismatch.code()).isEqualTo("SERVICE_MISMATCH_NOT_CONFIRMED");
        var outOfRange = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                body(order, "CAINIAO_STANDARD", "GENERAL", "DOOR_PICKUP", "100000"));
        assertThat(outOfRange.code()).isEqualTo("PICKUP_NOT_AVAILABLE");

        var confirmed = body(order, "CPAM", "GENERAL", "DOOR_PICKUP", "518102");
        confirmed.put("confirmServiceMismatch", true);
        var created = api.post("/api/v1/logistics-orders", s.seller, confirmed);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var json = created.json();
        assertThat(S10.isValid(json.get("intlTrackingNo").asString()))
                .as(json.get("intlTrackingNo").asString())
                .isTrue();
        assertThat(json.get("intlTrackingNo").asString()).startsWith("RB").endsWith("CN");
        assertThat(json.get("lpNumber").asString()).startsWith("LP");
        assertThat(json.get("status").asString()).isEqualTo("AWAITING_PICKUP");
        assertThat(json.get("transitWarehouse").get("sortCode").asString()).isEqualTo("SZX-01");
        assertThat(json.get("estimatedFreight").get("currency").asString()).isEqualTo("CNY");

        var battery = shop("BATTERY", true);
        var economy =
                body(battery.paid(api.buyerToken(), 1), "CAINIAO_SUPER_ECONOMY", "BATTERY", "SELF_SEND", "518102");
        economy.put("confirmServiceMismatch", true);
        var refused = api.post("/api/v1/logistics-orders", battery.seller, economy);
        assertThat(refused.code()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");
        assertThat(refused.json().get("rule").asString()).isEqualTo("R-H4");
    }

    @Test
    @DisplayName(
            "R-H10 racing requests create one logistics order, one waybill, one hold; cancelling releases the hold")
    void exactlyOnce() throws Exception {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> api.post(
                    "/api/v1/logistics-orders",
                    s.seller,
                    body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102")));
        }

        var responses = race(tasks);

        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("LOGISTICS_ORDER_EXISTS"));
        var created = responses.stream()
                .filter(r -> r.status() == 201)
                .findFirst()
                .orElseThrow()
                .json();
        var account = api.get("/api/v1/freight-account", s.seller).json();
        assertThat(account.get("balanceHeld").get(0)).isEqualTo(created.get("estimatedFreight"));
        assertThat(holds(created.get("logisticsOrderId").asLong())).isEqualTo(2);

        var replayKey = UUID.randomUUID().toString();
        var listed = api.get("/api/v1/logistics-orders?q=" + order, s.seller).json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);

        var cancelled = api.post(
                "/api/v1/logistics-orders/" + created.get("logisticsOrderId").asLong() + "/cancel", s.seller, "");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/freight-account", s.seller)
                        .json()
                        .get("balanceHeld")
                        .size())
                .isZero();
        var again = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"),
                "Idempotency-Key",
                replayKey);
        var replay = api.post(
                "/api/v1/logistics-orders",
                s.seller,
                body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"),
                "Idempotency-Key",
                replayKey);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("intlTrackingNo")).isNotEqualTo(created.get("intlTrackingNo"));
        assertThat(replay.json()).isEqualTo(again.json());
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
    }

    @Test
    @DisplayName("R-H10 two application instances on one database still create one logistics order")
    void exactlyOnceAcrossTwoInstances() throws Exception {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        try (var second = new SecondInstance(postgres)) {
            var other = new Api(second.port());
            var tasks = new ArrayList<Callable<Api.Response>>();
            for (int i = 0; i < 6; i++) {
                var target = i % 2 == 0 ? api : other;
                tasks.add(() -> target.post(
                        "/api/v1/logistics-orders",
                        s.seller,
                        body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102")));
            }

            var responses = race(tasks);

            assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
            assertThat(responses.stream().filter(r -> r.status() == 409)).hasSize(5);
        }
        var live = jdbc.sql("select count(*) from logistics_orders where order_id = ? and status <> 'CANCELLED'")
                .param(order)
                .query(Long.class)
                .single();
        assertThat(live).isEqualTo(1);
    }

    @Test
    @DisplayName("R-H1 R-S8 only paid orders ship; another seller's logistics orders are not found; SHIPPING is needed")
    void tenancyAndPermissions() {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        var created = api.post(
                        "/api/v1/logistics-orders",
                        s.seller,
                        body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                .json()
                .get("logisticsOrderId")
                .asLong();
        var stranger = api.registerSeller();
        var orders = api.subAccount(s.settling.seller, "ORDERS");

        assertThat(api.get("/api/v1/logistics-orders/" + created, stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/logistics-orders/" + created + "/cancel", stranger.token(), "")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/logistics-orders",
                                stranger.token(),
                                body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                        .status())
                .isIn(403, 404);
        assertThat(api.get("/api/v1/logistics-orders", orders).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/logistics-orders/" + created + "/label", orders)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/labels", orders, Map.of("logisticsOrderIds", List.of(created)))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/logistics-orders/" + created + "/tracking", orders)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/logistics-orders/" + created + "/tracking", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/logistics-orders/" + created + "/cancel", orders, "")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/logistics-orders/" + created + "/shipping-notice", orders, "")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/logistics-orders/" + created + "/shipping-notice", stranger.token(), "")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/logistics-orders",
                                orders,
                                body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-H8 R-H15 the label is a 100 mm page whose barcode scans to the waybill; batches hold each label once")
    void labels() throws Exception {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 1);
        var body = body(order, "CPAM", "GENERAL", "DOOR_PICKUP", "518102");
        body.put("confirmServiceMismatch", true);
        var created = api.post("/api/v1/logistics-orders", s.seller, body).json();
        var id = created.get("logisticsOrderId").asLong();
        var waybill = created.get("intlTrackingNo").asString();
        assertThat(created.get("labelUrl").asString()).isEqualTo("/api/v1/logistics-orders/" + id + "/label");

        var pdf = api.get(created.get("labelUrl").asString(), s.seller);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(283.46f, Offset.offset(0.1f));
            assertThat(box.getHeight()).isCloseTo(283.46f, Offset.offset(0.1f));
            var text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            waybill,
                            created.get("lpNumber").asString(),
                            "SZX-01",
                            "RETURN",
                            "Emma Johnson",
                            "陈静",
                            "CN22",
                            "China Post Registered Air Mail",
                            String.valueOf(order));
            var image = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
            var decoded = new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.CODE_128),
                                    DecodeHintType.TRY_HARDER,
                                    true));
            assertThat(decoded.getText()).isEqualTo(waybill);
            assertThat(decoded.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        }

        var zpl = api.get(created.get("labelUrl").asString() + "?format=zpl", s.seller)
                .text();
        assertThat(zpl)
                .startsWith("^XA")
                .contains("^BCN", waybill, "SZX-01", "RETURN")
                .endsWith("^XZ\n");

        var second = s.paid(api.buyerToken(), 1);
        var secondId = api.post(
                        "/api/v1/logistics-orders",
                        s.seller,
                        body(second, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                .json()
                .get("logisticsOrderId")
                .asLong();
        var batch = api.post(
                "/api/v1/labels",
                s.seller,
                Map.of("orderIds", List.of(order, second), "logisticsOrderIds", List.of(id, secondId)));
        assertThat(batch.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(batch.body())) {
            assertThat(document.getNumberOfPages()).as("each label once").isEqualTo(2);
        }
        var stranger = api.registerSeller();
        assertThat(api.get(created.get("labelUrl").asString(), stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/labels", stranger.token(), Map.of("logisticsOrderIds", List.of(id)))
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-H15 a label batch streams while every worker of the task executor, where events are handled, is busy")
    void labelBatchStreamsBesideBusyWorkers() throws Exception {
        var s = shop("GENERAL", true);
        var id = api.post(
                        "/api/v1/logistics-orders",
                        s.seller,
                        body(s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                .json()
                .get("logisticsOrderId")
                .asLong();
        var release = new CountDownLatch(1);
        try {
            for (int i = 0; i < tasks.getMaxPoolSize() && i < 64; i++) {
                tasks.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            var batch = CompletableFuture.supplyAsync(
                            () -> api.post("/api/v1/labels", s.seller, Map.of("logisticsOrderIds", List.of(id))))
                    .get(60, TimeUnit.SECONDS);

            assertThat(batch.status()).isEqualTo(200);
            try (var document = Loader.loadPDF(batch.body())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
        } finally {
            release.countDown();
        }
    }

    @Test
    @DisplayName("R-H15 a batch of 1,234 labels crosses render chunks: one page per label, in the order asked")
    void largeLabelBatch() throws Exception {
        var s = shop("GENERAL", true);
        var postal = body(s.paid(api.buyerToken(), 1), "CPAM", "GENERAL", "SELF_SEND", "518102");
        postal.put("confirmServiceMismatch", true);
        var template = api.post("/api/v1/logistics-orders", s.seller, postal)
                .json()
                .get("logisticsOrderId")
                .asLong();
        // copies of the logistics order under other (never placed) order numbers, each with its own waybill
        var ids = jdbc.sql("""
                        insert into logistics_orders (version, seller_id, order_id, service_code, lp_number, intl_tracking_no, status,
                          pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country, receiver, sender,
                          declared_items, package, estimated_freight_minor, currency, created_at)
                        select 0, seller_id, 900000000 + g, service_code, 'LPX' || g, 'XX' || lpad(g::text, 9, '0') || 'CN', status,
                          pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country, receiver, sender,
                          declared_items, package, estimated_freight_minor, currency, created_at
                        from logistics_orders, generate_series(1, 1233) g where id = ? returning id""").param(template).query(Long.class).list();
        var asked = new ArrayList<Long>(ids);
        Collections.reverse(asked);
        asked.add(0, template);
        asked.add(asked.get(700));

        var batch = api.post("/api/v1/labels", s.seller, Map.of("logisticsOrderIds", asked));

        assertThat(batch.status()).isEqualTo(200);
        try (var document = Loader.loadPDF(batch.body())) {
            assertThat(document.getNumberOfPages()).as("each label once").isEqualTo(1234);
            var stripper = new PDFTextStripper();
            for (var page : List.of(2, 500, 501, 1234)) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                var expected = 1233 - (page - 2);
                assertThat(stripper.getText(document))
                        .contains("XX" + String.format("%09d", expected) + "CN")
                        .contains("CN22");
            }
        }
    }

    @Test
    @DisplayName(
            "R-H2 R-H8 signed carrier events: weighing charges the actual freight once, the timeline grows, delivery ends it")
    void carrierEvents() {
        var s = shop("GENERAL", true);
        var created = api.post(
                        "/api/v1/logistics-orders",
                        s.seller,
                        body(s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                .json();
        var id = created.get("logisticsOrderId").asLong();
        var waybill = created.get("intlTrackingNo").asString();
        assertThat(created.get("estimatedFreight").get("amount").asString())
                .as("150 g: 18.00 + 0.15 × 60.00")
                .isEqualTo("27.00");
        var weighed = "{\"intlTrackingNo\":\"" + waybill + "\",\"actionCode\":\"SC_INBOUND_SUCCESS\","
                + "\"occurredAt\":\"2026-11-23T08:00:00Z\",\"location\":\"Shenzhen\",\"weightGrams\":480}";

        assertThat(carrier(weighed, "0000").status()).isEqualTo(401);
        assertThat(carrier(weighed, null).status()).isEqualTo(401);
        assertThat(carrier(weighed, sign(weighed)).status()).isEqualTo(200);
        assertThat(carrier(weighed, sign(weighed)).status())
                .as("a repeat is ignored")
                .isEqualTo(200);

        var received = api.get("/api/v1/logistics-orders/" + id, s.seller).json();
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("actualFreight").get("amount").asString())
                .as("480 g → 500 g: 18.00 + 0.5 × 60.00")
                .isEqualTo("48.00");
        assertThat(api.get("/api/v1/freight-account", s.seller)
                        .json()
                        .get("balanceHeld")
                        .size())
                .isZero();
        assertThat(jdbc.sql("select count(*) from ledger_entries where transaction_ref = ?")
                        .param("charge:logistics:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(api.post("/api/v1/logistics-orders/" + id + "/cancel", s.seller, "")
                        .status())
                .isEqualTo(409);

        var signed = "{\"intlTrackingNo\":\"" + waybill
                + "\",\"actionCode\":\"GTMS_SIGNED\",\"occurredAt\":\"2026-12-01T10:00:00Z\"}";
        carrier(signed, sign(signed));
        assertThat(api.get("/api/v1/logistics-orders/" + id, s.seller)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DELIVERED");
        var timeline = api.get("/api/v1/logistics-orders/" + id + "/tracking", s.seller, "Accept-Language", "zh-CN")
                .json();
        assertThat(timeline.valueStream().map(t -> t.get("actionCode").asString()))
                .containsExactly("SC_INBOUND_SUCCESS", "GTMS_SIGNED");
        assertThat(timeline.get(1).get("description").asString()).isEqualTo("已签收");
        assertThat(api.get(
                                "/api/v1/logistics-orders/" + id + "/tracking",
                                api.registerSeller().token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-H7 R-H13 an undeliverable parcel's return fee is charged once; a late delivery earns compensation, an on-time one none")
    void undeliverableAndCompensation() {
        var s = shop("GENERAL", true);
        var late = create(s, "RETURN");
        var onTime = create(s, "DESTROY");
        var returned = create(s, "RETURN");
        for (var id : List.of(late, onTime, returned)) {
            event(waybill(s, id), "SC_INBOUND_SUCCESS", "2026-11-24T08:00:00Z", 150);
        }
        var createdAt = Instant.parse(api.get("/api/v1/logistics-orders/" + late, s.seller)
                .json()
                .get("createdAt")
                .asString());

        event(
                waybill(s, late),
                "GTMS_SIGNED",
                createdAt.plus(Duration.ofDays(20)).toString(),
                null);
        event(
                waybill(s, onTime),
                "GTMS_SIGNED",
                createdAt.plus(Duration.ofDays(10)).toString(),
                null);
        event(waybill(s, returned), "GTMS_DEL_FAILURE", "2026-12-02T08:00:00Z", null);
        event(waybill(s, returned), "GTMS_DEL_FAILURE", "2026-12-02T08:00:00Z", null);
        event(waybill(s, returned), "RETURNED", "2026-12-20T08:00:00Z", null);

        assertThat(entries("compensation:logistics:" + late)).isEqualTo(2);
        assertThat(entries("compensation:logistics:" + onTime)).isZero();
        assertThat(entries("charge:return:logistics:" + returned))
                .as("once, though the failure was reported twice")
                .isEqualTo(2);
        assertThat(api.get("/api/v1/logistics-orders/" + returned, s.seller)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("RETURNED");
        assertThat(jdbc.sql("select amount_minor from ledger_entries where transaction_ref = ? and amount_minor > 0")
                        .param("charge:return:logistics:" + returned)
                        .query(Long.class)
                        .single())
                .as("CAINIAO_STANDARD's return fee, 25.00 CNY")
                .isEqualTo(2500);

        var account = api.get("/api/v1/freight-account", s.seller).json();
        assertThat(account.get("charges").valueStream().map(c -> c.get("kind").asString()))
                .containsOnly("FREIGHT_CHARGE", "RETURN_FEE")
                .hasSize(4);
        assertThat(account.get("charges")
                        .valueStream()
                        .map(c -> c.get("amount").get("amount").asString()))
                .allMatch(a -> a.startsWith("-"));
        assertThat(account.get("credits")
                        .valueStream()
                        .map(c -> c.get("logisticsOrderId").asLong()))
                .containsExactly(late);
        var ledger =
                api.get("/api/v1/freight-account/ledger?size=200", s.seller).json();
        assertThat(ledger.get("items").size())
                .as("3 holds, 3 releases, 3 charges, 1 return fee, 1 compensation")
                .isEqualTo(11);
        var balance = ledger.get("items")
                .valueStream()
                .map(m -> new BigDecimal(m.get("amount").get("amount").asString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var deduction = jdbc.sql("select sum(amount_minor) from ledger_entries where account = ?")
                .param("seller:" + s.settling.seller.sellerId() + ":deduction_account")
                .query(Long.class)
                .single();
        assertThat(balance.movePointRight(2).longValueExact())
                .as("the movements sum to the deduction account's balance")
                .isEqualTo(deduction);
        var sub = api.subAccount(s.settling.seller, "SHIPPING");
        assertThat(api.get("/api/v1/freight-account/ledger", sub).status()).isEqualTo(403);
        assertThat(api.get(
                                "/api/v1/freight-account/ledger",
                                api.registerSeller().token())
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    @DisplayName(
            "R-H7 R-H8 events out of order: a late weighing neither moves the parcel back nor charges again; early line-haul events wait for the weighing")
    void eventsOutOfOrder() {
        var s = shop("GENERAL", true);
        var parcel = create(s, "RETURN");
        var early = create(s, "RETURN");
        var waybill = waybill(s, parcel);

        event(waybill, "SC_INBOUND_SUCCESS", "2026-11-24T08:00:00Z", 480);
        event(waybill, "LH_DEPART", "2026-11-25T08:00:00Z", null);
        event(waybill, "SC_INBOUND_SUCCESS", "2026-11-24T09:30:00Z", 900);
        var late = api.get("/api/v1/logistics-orders/" + parcel, s.seller).json();
        assertThat(late.get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(late.get("actualFreight").get("amount").asString()).isEqualTo("48.00");
        assertThat(entries("charge:logistics:" + parcel)).as("charged once").isEqualTo(2);
        assertThat(api.get("/api/v1/logistics-orders/" + parcel + "/tracking", s.seller)
                        .json()
                        .size())
                .as("every event stays on the timeline")
                .isEqualTo(3);

        event(waybill, "GTMS_SIGNED", "2026-12-01T08:00:00Z", null);
        event(waybill, "GTMS_DEL_FAILURE", "2026-11-30T08:00:00Z", null);
        assertThat(api.get("/api/v1/logistics-orders/" + parcel, s.seller)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DELIVERED");
        assertThat(entries("charge:return:logistics:" + parcel))
                .as("no return fee for a delivered parcel")
                .isZero();

        var earlyWaybill = waybill(s, early);
        event(earlyWaybill, "LH_ARRIVE", "2026-11-25T08:00:00Z", null);
        assertThat(api.get("/api/v1/logistics-orders/" + early, s.seller)
                        .json()
                        .get("status")
                        .asString())
                .as("the line haul before the weighing waits for it")
                .isEqualTo("AWAITING_DROP_OFF");
        event(earlyWaybill, "SC_INBOUND_SUCCESS", "2026-11-24T08:00:00Z", 150);
        event(earlyWaybill, "CC_EX_SUCCESS", "2026-11-26T08:00:00Z", null);
        assertThat(api.get("/api/v1/logistics-orders/" + early, s.seller)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("IN_TRANSIT");
        assertThat(api.post("/api/v1/logistics-orders/" + early + "/cancel", s.seller, "")
                        .status())
                .isEqualTo(409);
    }

    @Autowired
    TestClock clock;

    @Autowired
    DeliveryCompensation compensation;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @DisplayName(
            "R-H13 a received parcel still on its way when its promised days are up is compensated once; a late delivery adds nothing")
    void overdueParcelsAreCompensatedOnce() {
        var s = shop("GENERAL", true);
        var lost = create(s, "RETURN");
        var failed = create(s, "RETURN");
        var notReceived = create(s, "RETURN");
        event(waybill(s, lost), "SC_INBOUND_SUCCESS", "2026-11-24T08:00:00Z", 150);
        event(waybill(s, failed), "SC_INBOUND_SUCCESS", "2026-11-24T08:00:00Z", 150);
        event(waybill(s, failed), "GTMS_DEL_FAILURE", "2026-11-30T08:00:00Z", null);

        compensation.sweep();
        assertThat(entries("compensation:logistics:" + lost))
                .as("days not up yet")
                .isZero();

        clock.advance(Duration.ofDays(31));
        s.logInAgain();
        compensation.sweep();
        compensation.sweep();
        assertThat(entries("compensation:logistics:" + lost)).isEqualTo(2);
        assertThat(entries("compensation:logistics:" + failed))
                .as("a buyer-side cause")
                .isZero();
        assertThat(entries("compensation:logistics:" + notReceived))
                .as("nothing paid yet")
                .isZero();

        event(waybill(s, lost), "GTMS_SIGNED", clock.instant().toString(), null);
        assertThat(entries("compensation:logistics:" + lost)).as("still once").isEqualTo(2);
        assertThat(api.get("/api/v1/freight-account", s.seller)
                        .json()
                        .get("credits")
                        .get(0)
                        .get("amount")
                        .get("amount")
                        .asString())
                .as("the freight paid (150 g, 27.00) back")
                .isEqualTo("27.00");
    }

    @Test
    @DisplayName("R-H13 GTMS_SIGNED: the order waiting for receipt gives the buyer 15 days from delivery to confirm")
    void deliveryShortensTheReceiptDeadline() {
        var s = shop("GENERAL", true);
        var id = create(s, "RETURN");
        assertThat(api.post("/api/v1/logistics-orders/" + id + "/shipping-notice", s.seller, Map.of())
                        .status())
                .isEqualTo(201);
        var orderId = api.get("/api/v1/logistics-orders/" + id, s.seller)
                .json()
                .get("orderId")
                .asLong();
        var before = Instant.parse(api.get("/api/v1/orders/" + orderId, s.seller)
                .json()
                .get("receiptDeadline")
                .asString());
        var deliveredAt = Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.SECONDS);

        event(waybill(s, id), "SC_INBOUND_SUCCESS", Instant.now().toString(), 150);
        event(waybill(s, id), "GTMS_SIGNED", deliveredAt.toString(), null);

        var expected = deliveredAt.plus(Duration.ofDays(15));
        assertThat(expected).isBefore(before);
        Api.await(
                "the order reacts to the delivery",
                () -> Instant.parse(api.get("/api/v1/orders/" + orderId, s.seller)
                                .json()
                                .get("receiptDeadline")
                                .asString())
                        .equals(expected));
        assertThat(api.get("/api/v1/orders/" + orderId, s.seller)
                        .json()
                        .get("orderStatus")
                        .asString())
                .isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
    }

    @Test
    @DisplayName(
            "R-H15 batch creation gives a result per order; a failing, repeated or foreign order undoes nothing else")
    void batchCreate() {
        var s = shop("GENERAL", true);
        var rival = shop("GENERAL", true);
        var first = s.paid(api.buyerToken(), 1);
        var second = s.paid(api.buyerToken(), 1);
        var unpaid = s.placed(api.buyerToken(), 1);
        var foreign = rival.paid(api.buyerToken(), 1);
        var already = s.paid(api.buyerToken(), 1);
        assertThat(api.post(
                                "/api/v1/logistics-orders",
                                s.seller,
                                body(already, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                        .status())
                .isEqualTo(201);

        var postal = body(second, "CPAM", "GENERAL", "DOOR_PICKUP", "518102");
        postal.put("confirmServiceMismatch", true);
        var batch = api.post(
                "/api/v1/logistics-orders/batch",
                s.seller,
                Map.of(
                        "orders",
                        List.of(
                                body(first, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"),
                                body(unpaid, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"),
                                postal,
                                body(first, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"),
                                body(foreign, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"),
                                body(already, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))));

        assertThat(batch.status()).isEqualTo(200);
        var results = batch.json().get("results");
        assertThat(results.valueStream().map(r -> r.get("ok").asBoolean()))
                .containsExactly(true, false, true, false, false, false);
        assertThat(results.valueStream().map(r -> r.get("orderId").asLong()))
                .containsExactly(first, unpaid, second, first, foreign, already);
        assertThat(results.get(1).get("problem").get("code").asString()).isEqualTo("ORDER_NOT_WAITING_FOR_SHIPMENT");
        assertThat(results.get(3).get("problem").get("code").asString()).isEqualTo("LOGISTICS_ORDER_EXISTS");
        assertThat(results.get(4).get("problem").get("status").asInt()).isEqualTo(404);
        assertThat(results.get(5).get("problem").get("code").asString()).isEqualTo("LOGISTICS_ORDER_EXISTS");
        assertThat(S10.isValid(results.get(2).get("intlTrackingNo").asString())).isTrue();
        assertThat(results.get(0).get("intlTrackingNo").asString())
                .isNotEqualTo(results.get(2).get("intlTrackingNo").asString());
        for (var i : List.of(0, 2)) {
            var id = results.get(i).get("logisticsOrderId").asLong();
            assertThat(holds(id)).isEqualTo(2);
            var created = api.get("/api/v1/logistics-orders/" + id, s.seller).json();
            assertThat(created.get("orderId").asLong())
                    .isEqualTo(results.get(i).get("orderId").asLong());
            assertThat(created.get("estimatedFreight").get("amount").asString()).isNotBlank();
        }
        assertThat(api.get("/api/v1/logistics-orders?q=" + foreign, rival.seller)
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    @DisplayName(
            "R-H9 R-H14 one-click notices in a batch: a result per logistics order, a refused one undoes nothing else")
    void batchNotices() {
        var s = shop("GENERAL", true);
        var rival = shop("GENERAL", true);
        var first = create(s, "RETURN");
        var second = create(s, "DESTROY");
        var foreign = create(rival, "RETURN");

        var response = api.post(
                "/api/v1/logistics-orders/shipping-notices",
                s.seller,
                Map.of("logisticsOrderIds", List.of(first, foreign, second, first)));

        assertThat(response.status()).isEqualTo(200);
        var results = response.json().get("results");
        assertThat(results.valueStream().map(r -> r.get("ok").asBoolean())).containsExactly(true, false, true, false);
        assertThat(results.get(1).get("problem").get("status").asInt()).isEqualTo(404);
        assertThat(results.get(3).get("problem").get("code").asString()).isEqualTo("ORDER_NOT_WAITING_FOR_SHIPMENT");
        for (var id : List.of(first, second)) {
            var orderId = api.get("/api/v1/logistics-orders/" + id, s.seller)
                    .json()
                    .get("orderId")
                    .asLong();
            var order = api.get("/api/v1/orders/" + orderId, s.seller).json();
            assertThat(order.get("orderStatus").asString()).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
            assertThat(order.get("shipments").size()).isEqualTo(1);
        }
        assertThat(api.get("/api/v1/logistics-orders/" + foreign, rival.seller)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_DROP_OFF");

        var products = api.subAccount(s.settling.seller, "PRODUCTS");
        assertThat(api.post(
                                "/api/v1/logistics-orders/shipping-notices",
                                products,
                                Map.of("logisticsOrderIds", List.of(first)))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/logistics-orders/batch",
                                products,
                                Map.of(
                                        "orders",
                                        List.of(body(
                                                s.paid(api.buyerToken(), 1),
                                                "CAINIAO_STANDARD",
                                                "GENERAL",
                                                "SELF_SEND",
                                                "518102"))))
                        .status())
                .isEqualTo(403);
        var shipping = api.subAccount(s.settling.seller, "SHIPPING");
        assertThat(api.post(
                                "/api/v1/logistics-orders/shipping-notices",
                                shipping,
                                Map.of("logisticsOrderIds", List.of(foreign)))
                        .json()
                        .get("results")
                        .get(0)
                        .get("problem")
                        .get("status")
                        .asInt())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-H9 R-H10 a partly shipped order gets one logistics order per shipment, each declared before the next")
    void logisticsOrderPerPartialShipment() {
        var s = shop("GENERAL", true);
        var order = s.paid(api.buyerToken(), 3);
        var line = s.lineId(order);
        var part = body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102");
        part.put("items", List.of(Map.of("orderLineId", line, "quantity", 2)));
        var tooMany = new HashMap<>(part);
        tooMany.put("items", List.of(Map.of("orderLineId", line, "quantity", 4)));
        assertThat(api.post("/api/v1/logistics-orders", s.seller, tooMany).status())
                .isEqualTo(422);

        var first = api.post("/api/v1/logistics-orders", s.seller, part).json();
        assertThat(first.get("shipmentNo").asInt()).isEqualTo(1);
        var rest = body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102");
        assertThat(api.post("/api/v1/logistics-orders", s.seller, rest).status())
                .as("the first shipment is not declared yet")
                .isEqualTo(409);

        var firstId = first.get("logisticsOrderId").asLong();
        assertThat(api.post("/api/v1/logistics-orders/" + firstId + "/shipping-notice", s.seller, Map.of())
                        .json()
                        .get("sendType")
                        .asString())
                .isEqualTo("PART");
        assertThat(s.status(order)).isEqualTo("SELLER_PART_SEND_GOODS");

        var second = api.post("/api/v1/logistics-orders", s.seller, rest);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("shipmentNo").asInt()).isEqualTo(2);
        assertThat(second.json().get("intlTrackingNo").asString())
                .isNotEqualTo(first.get("intlTrackingNo").asString());
        var secondId = second.json().get("logisticsOrderId").asLong();
        assertThat(api.post("/api/v1/logistics-orders/" + secondId + "/shipping-notice", s.seller, Map.of())
                        .status())
                .isEqualTo(201);
        assertThat(s.status(order)).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        var shipments = api.get("/api/v1/orders/" + order, s.seller).json().get("shipments");
        assertThat(shipments.valueStream().map(n -> n.get("trackingNo").asString()))
                .containsExactly(
                        first.get("intlTrackingNo").asString(),
                        second.json().get("intlTrackingNo").asString());
        assertThat(api.post("/api/v1/logistics-orders", s.seller, rest).status())
                .as("nothing left to ship")
                .isEqualTo(409);
    }

    @Test
    @DisplayName("R-H10 two racing batches over the same orders create one logistics order and one hold per order")
    void racingBatches() throws Exception {
        var s = shop("GENERAL", true);
        var orders = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 12; i++) {
            orders.add(body(s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
        }
        var reversed = new ArrayList<>(orders);
        Collections.reverse(reversed);
        var responses = race(List.of(
                () -> api.post("/api/v1/logistics-orders/batch", s.seller, Map.of("orders", orders)),
                () -> api.post("/api/v1/logistics-orders/batch", s.seller, Map.of("orders", reversed)),
                () -> api.post("/api/v1/logistics-orders/batch", s.seller, Map.of("orders", orders))));

        var created = responses.stream()
                .peek(r -> assertThat(r.status()).isEqualTo(200))
                .flatMap(r -> r.json().get("results").valueStream())
                .filter(r -> r.get("ok").asBoolean())
                .map(r -> r.get("logisticsOrderId").asLong())
                .toList();
        assertThat(created).hasSize(12).doesNotHaveDuplicates();
        for (var id : created) {
            assertThat(holds(id)).isEqualTo(2);
        }
        var live = jdbc.sql("select count(*) from logistics_orders where seller_id = ? and status <> 'CANCELLED'")
                .param(s.settling.seller.sellerId())
                .query(Long.class)
                .single();
        assertThat(live).isEqualTo(12);
    }

    private long create(Shop s, String decision) {
        var body = body(s.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102");
        body.put("undeliverableDecision", decision);
        return api.post("/api/v1/logistics-orders", s.seller, body)
                .json()
                .get("logisticsOrderId")
                .asLong();
    }

    private String waybill(Shop s, long id) {
        return api.get("/api/v1/logistics-orders/" + id, s.seller)
                .json()
                .get("intlTrackingNo")
                .asString();
    }

    private void event(String waybill, String code, String at, Integer grams) {
        var body = "{\"intlTrackingNo\":\"" + waybill + "\",\"actionCode\":\"" + code + "\",\"occurredAt\":\"" + at
                + "\"" + (grams == null ? "" : ",\"weightGrams\":" + grams) + "}";
        assertThat(carrier(body, sign(body)).status()).isEqualTo(200);
    }

    private long entries(String transactionRef) {
        return jdbc.sql("select count(*) from ledger_entries where transaction_ref = ?")
                .param(transactionRef)
                .query(Long.class)
                .single();
    }

    private Api.Response carrier(String body, String signature) {
        return carrier(api, body, signature);
    }

    /** A carrier event as a carrier sends it, signed with the tests' carrier secret. */
    static Api.Response carrierEvent(Api api, String body) {
        return carrier(api, body, sign(body));
    }

    private static Api.Response carrier(Api api, String body, String signature) {
        return signature == null
                ? api.send("POST", "/api/v1/carrier/events", null, BodyPublishers.ofString(body), "application/json")
                : api.send(
                        "POST",
                        "/api/v1/carrier/events",
                        null,
                        BodyPublishers.ofString(body),
                        "application/json",
                        "X-Carrier-Signature",
                        signature);
    }

    private static String sign(String body) throws RuntimeException {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("test-carrier-secret".getBytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private long holds(long logisticsOrderId) {
        return jdbc.sql("select count(*) from ledger_entries where transaction_ref = ?")
                .param("hold:logistics:" + logisticsOrderId)
                .query(Long.class)
                .single();
    }

    private static List<Api.Response> race(List<Callable<Api.Response>> tasks) throws Exception {
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var responses = new ArrayList<Api.Response>();
            for (var f : pool.invokeAll(tasks)) {
                responses.add(f.get());
            }
            return responses;
        }
    }
}
