package io.sellercenter.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import io.sellercenter.openplatform.internal.CallSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class OpenPlatformApiTest extends ApiTestBase {

    static final String CALLBACK = "https://erp.example.com/aliexpress/callback";

    @Autowired
    JdbcClient jdbc;

    record App(long appId, String appKey, String secret) {}

    App register(String token, String callback) {
        var registered =
                api.post("/api/v1/open-platform/apps", token, Map.of("name", "Mabang ERP", "callbackUrl", callback));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        var json = registered.json();
        return new App(
                json.get("appId").asLong(),
                json.get("appKey").asString(),
                json.get("appSecret").asString());
    }

    /** The seller authorizes the app in the browser; the app trades the code for tokens through the SDK. */
    JsonNode authorized(Shop shop, IopSdk sdk) {
        var web = new WebSession(api.base(), shop.settling.seller.email(), "secret-pass-1");
        var forward = web.authorize(sdk.appKey, CALLBACK + "?shop=1", "st-42", true);
        assertThat(forward).startsWith(CALLBACK + "?shop=1&code=").endsWith("&state=st-42");
        var code = forward.replaceAll(".*code=([^&]+).*", "$1");
        var token = sdk.rest("/auth/token/create", Map.of("code", code));
        assertThat(token.get("code").asString()).isEqualTo("0");
        assertThat(sdk.rest("/auth/token/create", Map.of("code", code))
                        .get("code")
                        .asString())
                .as("a code serves once")
                .isEqualTo("InvalidCode");
        return token;
    }

    private static JsonNode answer(JsonNode body, String api) {
        var answer = body.get(api.replace('.', '_') + "_response");
        assertThat(answer).as(body.toString()).isNotNull();
        assertThat(answer.get("request_id").asString()).isNotBlank();
        return answer;
    }

    @Test
    @DisplayName(
            "An ERP's day through the public SDK: authorize, orders waiting, services, logistics order, label, notice, detail")
    void sellersDayThroughTheSdk() throws IOException {
        var shop = new Shop(api, 50, "GENERAL");
        shop.bindFreightAccount();
        var app = register(shop.seller, CALLBACK);
        assertThat(app.appKey()).matches("[0-9]{9}");
        assertThat(app.secret()).matches("[0-9A-F]{32}");
        var sdk = new IopSdk(port, app.appKey(), app.secret());
        var token = authorized(shop, sdk);
        assertThat(token.get("seller_id").asString()).isEqualTo(String.valueOf(shop.settling.seller.sellerId()));
        assertThat(token.get("account").asString()).isEqualTo(shop.settling.seller.email());
        assertThat(token.get("expires_in").asLong()).isEqualTo(7 * 24 * 3600);
        assertThat(token.get("refresh_expires_in").asLong()).isEqualTo(30 * 24 * 3600);
        var session = token.get("access_token").asString();
        var orderId = shop.paid(api.buyerToken(), 2);

        var list = answer(
                        sdk.sync(
                                "aliexpress.solution.order.get",
                                Map.of(
                                        "param0",
                                        Map.of(
                                                "order_status_list",
                                                List.of("WAIT_SELLER_SEND_GOODS"),
                                                "page_size",
                                                50)),
                                session),
                        "aliexpress.solution.order.get")
                .get("result");
        assertThat(list.get("success").asBoolean()).isTrue();
        var listed = list.get("target_list").get("order_dto");
        assertThat(listed).anySatisfy(o -> {
            assertThat(o.get("order_id").asString()).isEqualTo(String.valueOf(orderId));
            assertThat(o.get("order_status").asString()).isEqualTo("WAIT_SELLER_SEND_GOODS");
            assertThat(o.get("pay_amount").get("amount").asString()).isEqualTo("39.80");
            assertThat(o.get("product_list")
                            .get("order_product_dto")
                            .get(0)
                            .get("product_count")
                            .asInt())
                    .isEqualTo(2);
        });

        var services = answer(
                sdk.sync(
                        "aliexpress.logistics.redefining.getonlinelogisticsservicelistbyorderid",
                        Map.of("order_id", orderId),
                        session),
                "aliexpress.logistics.redefining.getonlinelogisticsservicelistbyorderid");
        assertThat(services.get("is_success").asBoolean()).isTrue();
        assertThat(services.get("result_list").get("aeop_online_logistics_service_result_dto"))
                .anySatisfy(s ->
                        assertThat(s.get("logistics_service_id").asString()).isEqualTo("CAINIAO_STANDARD"));

        var create = createWarehouseOrder(orderId);
        var created = answer(
                sdk.sync("aliexpress.logistics.createwarehouseorder", create, session),
                "aliexpress.logistics.createwarehouseorder");
        assertThat(created.get("result_success").asBoolean())
                .as(created.toString())
                .isTrue();
        var waybill = created.get("result").get("intl_tracking_no").asString();
        assertThat(waybill).isNotBlank();
        var again = answer(
                sdk.sync("aliexpress.logistics.createwarehouseorder", create, session),
                "aliexpress.logistics.createwarehouseorder");
        assertThat(again.get("result_success").asBoolean())
                .as("a retried call creates no second waybill")
                .isFalse();
        assertThat(again.get("result").get("error_code").asString()).isEqualTo("LOGISTICS_ORDER_EXISTS");
        assertThat(jdbc.sql("select count(*) from logistics_orders where order_id = ?")
                        .param(orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var label = answer(
                sdk.sync(
                        "aliexpress.logistics.redefining.getprintinfo",
                        Map.of("international_logistics_id", waybill),
                        session),
                "aliexpress.logistics.redefining.getprintinfo");
        var pdf = Base64.getDecoder()
                .decode(Api.JSON
                        .readTree(label.get("result").asString())
                        .get("body")
                        .asString());
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(waybill);
        }

        var fulfilled = answer(
                sdk.sync(
                        "aliexpress.solution.order.fulfill",
                        Map.of(
                                "out_ref",
                                orderId,
                                "service_name",
                                "CAINIAO_STANDARD",
                                "logistics_no",
                                waybill,
                                "send_type",
                                "all"),
                        session),
                "aliexpress.solution.order.fulfill");
        assertThat(fulfilled.get("result").get("result_success").asBoolean())
                .as(fulfilled.toString())
                .isTrue();

        var detail = answer(
                        sdk.sync(
                                "aliexpress.solution.order.info.get",
                                Map.of("param1", Map.of("order_id", orderId)),
                                session),
                        "aliexpress.solution.order.info.get")
                .get("result");
        assertThat(detail.get("success").asBoolean()).isTrue();
        assertThat(detail.get("data").get("order_status").asString()).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        assertThat(detail.get("data")
                        .get("logistic_info_list")
                        .get("aeop_tp_logistic_info_dto")
                        .get(0)
                        .get("logistics_no")
                        .asString())
                .isEqualTo(waybill);
        assertThat(detail.get("data").get("receipt_address").get("zip").asString())
                .isEqualTo("90001");

        var logistics = answer(
                        sdk.sync(
                                "aliexpress.logistics.querylogisticsorderdetail",
                                Map.of("trade_order_id", orderId),
                                session),
                        "aliexpress.logistics.querylogisticsorderdetail")
                .get("result");
        assertThat(logistics
                        .get("result_list")
                        .get("aeop_logistics_order_detail_dto")
                        .get(0)
                        .get("international_logistics_num")
                        .asString())
                .isEqualTo(waybill);

        var refreshed = sdk.rest(
                "/auth/token/refresh",
                Map.of("refresh_token", token.get("refresh_token").asString()));
        assertThat(refreshed.get("access_token").asString()).isNotEqualTo(session);
        assertThat(sdk.sync(
                                "aliexpress.solution.order.info.get",
                                Map.of("param1", Map.of("order_id", orderId)),
                                session)
                        .get("code")
                        .asString())
                .as("a refreshed token is dead")
                .isEqualTo("IllegalAccessToken");
        assertThat(answer(
                                sdk.sync(
                                        "aliexpress.solution.order.receiptinfo.get",
                                        Map.of("param1", Map.of("order_id", orderId)),
                                        refreshed.get("access_token").asString()),
                                "aliexpress.solution.order.receiptinfo.get")
                        .get("result")
                        .get("city")
                        .asString())
                .isEqualTo("Los Angeles");
    }

    static Map<String, Object> createWarehouseOrder(long orderId) {
        return Map.of(
                "trade_order_id",
                orderId,
                "trade_order_from",
                "ESCROW",
                "warehouse_carrier_service",
                "CAINIAO_STANDARD",
                "undeliverable_decision",
                0,
                "address_d_t_os",
                Map.of(
                        "sender",
                        Map.of(
                                "name", "陈静",
                                "mobile", "13800138000",
                                "country", "CN",
                                "province", "Guangdong",
                                "city", "Shenzhen",
                                "street_address", "18 Xixiang Avenue",
                                "post_code", "518102")),
                "declare_product_d_t_os",
                List.of(Map.of(
                        "category_en_desc", "Earbuds",
                        "category_cn_desc", "耳机",
                        "product_num", 2,
                        "product_declare_amount", "19.90",
                        "product_weight", "0.080",
                        "hs_code", "851830")));
    }

    @Test
    @DisplayName(
            "The gateway refuses as the platform does: wrong secret, stale time, missing parameter, bad token, unknown API")
    void refusals() {
        var shop = new Shop(api, 5, "GENERAL");
        var app = register(shop.seller, CALLBACK);
        var session = api.post("/api/v1/open-platform/apps/" + app.appId() + "/tokens", shop.seller, Map.of())
                .json()
                .get("accessToken")
                .asString();
        var sdk = new IopSdk(port, app.appKey(), app.secret());
        var info = Map.of("param1", Map.of("order_id", 1));

        assertError(
                new IopSdk(port, app.appKey(), "0".repeat(32))
                        .sync("aliexpress.solution.order.info.get", info, session),
                "IncompleteSignature");
        assertError(
                sdk.call("/sync", "aliexpress.solution.order.info.get", info, session, -20 * 60_000, "POST"),
                "IllegalTimestamp");
        assertError(
                sdk.call("/sync", "aliexpress.solution.order.info.get", info, session, 20 * 60_000, "GET"),
                "IllegalTimestamp");
        var missing = sdk.sync("aliexpress.solution.order.info.get", Map.of(), session);
        assertError(missing, "MissingParameter");
        assertThat(missing.get("message").asString()).contains("param1");
        assertError(sdk.sync("aliexpress.solution.order.info.get", info, null), "MissingParameter");
        assertError(sdk.sync("aliexpress.solution.order.info.get", info, "NOT-A-TOKEN"), "IllegalAccessToken");
        assertError(sdk.sync("aliexpress.no.such.api", info, session), "InvalidApiPath");
        assertError(
                new IopSdk(port, "999999999", app.secret()).sync("aliexpress.solution.order.info.get", info, session),
                "InvalidAppKey");

        var otherShop = new Shop(api, 5, "GENERAL");
        var othersOrder = otherShop.paid(api.buyerToken(), 1);
        var notYours = answer(
                        sdk.sync(
                                "aliexpress.solution.order.info.get",
                                Map.of("param1", Map.of("order_id", othersOrder)),
                                session),
                        "aliexpress.solution.order.info.get")
                .get("result");
        assertThat(notYours.get("success").asBoolean()).isFalse();
        assertThat(notYours.get("error_code").asString()).isEqualTo("NOT_FOUND");
        assertThat(notYours.has("data")).as("no data of another seller's order").isFalse();
        var othersLabel = answer(
                sdk.sync(
                        "aliexpress.logistics.redefining.getonlinelogisticsinfo",
                        Map.of("order_id", othersOrder),
                        session),
                "aliexpress.logistics.redefining.getonlinelogisticsinfo");
        assertThat(othersLabel.get("result_list").get("result")).isEmpty();
        var othersWaybill = answer(
                sdk.sync("aliexpress.logistics.createwarehouseorder", createWarehouseOrder(othersOrder), session),
                "aliexpress.logistics.createwarehouseorder");
        assertThat(othersWaybill.get("result_success").asBoolean()).isFalse();
        assertThat(othersWaybill.get("result").get("error_code").asString()).isEqualTo("NOT_FOUND");
        assertThat(jdbc.sql("select count(*) from logistics_orders where order_id = ?")
                        .param(othersOrder)
                        .query(Long.class)
                        .single())
                .isZero();
        var noLabel = answer(
                sdk.sync(
                        "aliexpress.logistics.redefining.getprintinfo",
                        Map.of("international_logistics_id", "LP00000000CN"),
                        session),
                "aliexpress.logistics.redefining.getprintinfo");
        assertThat(noLabel.get("result_success").asBoolean()).isFalse();
        assertThat(noLabel.get("error_code").asString()).isEqualTo("NOT_FOUND");

        assertThat(api.post("/api/v1/open-platform/apps/" + app.appId() + "/revoke", shop.seller, Map.of())
                        .status())
                .isEqualTo(200);
        assertError(sdk.sync("aliexpress.solution.order.info.get", info, session), "InvalidAppKey");
    }

    private static void assertError(JsonNode body, String code) {
        assertThat(body.get("code").asString()).as(body.toString()).isEqualTo(code);
        assertThat(body.get("type").asString()).isEqualTo("ISV");
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("request_id").asString()).isNotBlank();
    }

    @Test
    @DisplayName(
            "Apps are their seller's: another seller gets 404, a sub-account sees its own, a token acts within its permissions")
    void tenancyAndPermissions() {
        var seller = api.registerSeller();
        var other = api.registerSeller();
        var app = register(seller.token(), CALLBACK);

        var listed = api.get("/api/v1/open-platform/apps", seller.token()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("appSecret")).isFalse();
        assertThat(api.get("/api/v1/open-platform/apps/" + app.appId(), other.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/open-platform/apps/" + app.appId() + "/secret", other.token(), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/open-platform/apps/" + app.appId() + "/tokens", other.token(), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/open-platform/apps/" + app.appId() + "/deliveries", other.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/open-platform/apps/" + app.appId() + "/revoke", other.token(), Map.of())
                        .status())
                .isEqualTo(404);
        var othersSubscription = api.send(
                "PUT",
                "/api/v1/open-platform/apps/" + app.appId() + "/subscriptions",
                other.token(),
                HttpRequest.BodyPublishers.ofByteArray(
                        Api.JSON.writeValueAsBytes(Map.of("topics", List.of("ORDER_CLOSED")))),
                "application/json");
        assertThat(othersSubscription.status()).isEqualTo(404);
        assertThat(new WebSession(api.base(), other.email(), "secret-pass-1")
                        .get("/seller/open-platform/" + app.appId())
                        .statusCode())
                .as("another seller's app page")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/open-platform/apps/" + app.appId(), seller.token())
                        .json()
                        .get("revokedAt")
                        .isNull())
                .isTrue();
        assertThat(api.get("/api/v1/open-platform/apps", api.buyerToken()).status())
                .isEqualTo(403);

        var sub = api.subAccount(seller, "SHIPPING");
        assertThat(api.get("/api/v1/open-platform/apps", sub).json())
                .as("a sub-account sees only its own apps")
                .isEmpty();
        assertThat(api.get("/api/v1/open-platform/apps/" + app.appId(), sub).status())
                .isEqualTo(404);
        var subApp = register(sub, CALLBACK);
        assertThat(api.get("/api/v1/open-platform/apps", seller.token()).json())
                .as("the main account sees all")
                .hasSize(2);
        var subSession = api.post("/api/v1/open-platform/apps/" + subApp.appId() + "/tokens", sub, Map.of())
                .json()
                .get("accessToken")
                .asString();
        var sdk = new IopSdk(port, subApp.appKey(), subApp.secret());
        assertError(sdk.sync("aliexpress.solution.order.get", Map.of(), subSession), "InsufficientPermission");
        var addresses = answer(
                sdk.sync(
                        "aliexpress.logistics.redefining.getlogisticsselleraddresses",
                        Map.of("seller_address_query", "sender"),
                        subSession),
                "aliexpress.logistics.redefining.getlogisticsselleraddresses");
        assertThat(addresses.get("result_success").asBoolean()).isTrue();

        var rotated = api.post("/api/v1/open-platform/apps/" + app.appId() + "/secret", seller.token(), Map.of());
        assertThat(rotated.json().get("appSecret").asString()).isNotEqualTo(app.secret());
        var bad = api.post("/api/v1/open-platform/apps", seller.token(), Map.of("name", "", "callbackUrl", "ftp://x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "callbackUrl");
    }

    @Test
    @DisplayName(
            "Old SDKs' GMT+8 timestamps, GET and form bodies are signed alike; an app over its calls per minute is AppCallLimited")
    void signingVariantsAndCallLimit() throws Exception {
        var seller = api.registerSeller();
        var app = register(seller.token(), CALLBACK);
        var session = api.post("/api/v1/open-platform/apps/" + app.appId() + "/tokens", seller.token(), Map.of())
                .json()
                .get("accessToken")
                .asString();
        var gmt8 = ZonedDateTime.now(ZoneId.of("GMT+8")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        var params = new HashMap<String, String>(Map.of(
                "method", "aliexpress.logistics.redefining.getlogisticsselleraddresses",
                "app_key", app.appKey(),
                "session", session,
                "timestamp", gmt8,
                "sign_method", "hmac-sha256",
                "format", "json",
                "v", "2.0",
                "seller_address_query", "sender"));
        params.put("sign", CallSignature.sign(app.secret(), null, params, false));
        var byGet = call("GET", "/sync?" + form(params), null);
        assertThat(byGet.has("aliexpress_logistics_redefining_getlogisticsselleraddresses_response"))
                .as(byGet.toString())
                .isTrue();
        var byForm = call("POST", "/sync", form(params));
        assertThat(byForm.has("aliexpress_logistics_redefining_getlogisticsselleraddresses_response"))
                .as(byForm.toString())
                .isTrue();

        jdbc.sql("update open_apps set calls_per_minute = 2 where id = ?")
                .param(app.appId())
                .update();
        var answers = List.of(
                call("POST", "/sync", form(params)),
                call("POST", "/sync", form(params)),
                call("POST", "/sync", form(params)));
        assertThat(answers.stream()
                        .filter(a -> a.has("code"))
                        .map(a -> a.get("code").asString()))
                .containsExactly("AppCallLimited");
    }

    @Test
    @DisplayName(
            "A parcel sent by domestic express is recorded with its logistics order or neither is; control characters are InvalidParameter")
    void domesticExpressAndControlCharacters() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var app = register(shop.seller, CALLBACK);
        var session = api.post("/api/v1/open-platform/apps/" + app.appId() + "/tokens", shop.seller, Map.of())
                .json()
                .get("accessToken")
                .asString();
        var orderId = shop.paid(api.buyerToken(), 1);
        var create = new HashMap<String, String>();
        createWarehouseOrder(orderId)
                .forEach((k, v) -> create.put(k, v instanceof String text ? text : Api.JSON.writeValueAsString(v)));
        create.put(
                "declare_product_d_t_os",
                create.get("declare_product_d_t_os").replace("\"product_num\":2", "\"product_num\":1"));
        create.put("pickup_type", "SELF_SEND");
        create.put("domestic_logistics_company", "SF Express");
        create.put("domestic_tracking_no", "SF 12");

        var bad =
                call("POST", "/sync", form(signed(app, session, "aliexpress.logistics.createwarehouseorder", create)));
        assertThat(bad.get("code").asString()).isEqualTo("InvalidParameter");
        assertThat(bad.get("message").asString()).contains("domestic_tracking_no");

        create.put("domestic_tracking_no", "SF1234567890");
        var created = call(
                        "POST",
                        "/sync",
                        form(signed(app, session, "aliexpress.logistics.createwarehouseorder", create)))
                .get("aliexpress_logistics_createwarehouseorder_response");
        assertThat(created.get("result_success").asBoolean())
                .as(created.toString())
                .isTrue();
        var logisticsOrder = api.get(
                        "/api/v1/logistics-orders/"
                                + created.get("result")
                                        .get("warehouse_order_id")
                                        .asLong(),
                        shop.seller)
                .json();
        assertThat(logisticsOrder.get("domesticCarrier").asString()).isEqualTo("SF Express");
        assertThat(logisticsOrder.get("domesticTrackingNo").asString()).isEqualTo("SF1234567890");

        var bell = String.valueOf((char) 7);
        var control = call(
                "POST",
                "/sync",
                form(signed(
                        app,
                        session,
                        "aliexpress.message.addmsg",
                        Map.of("create_param", "{\"channel_id\":1,\"content\":\"a" + bell + "b\"}"))));
        assertThat(control.get("code").asString()).as(control.toString()).isEqualTo("InvalidParameter");
    }

    private static Map<String, String> signed(App app, String session, String method, Map<String, String> business) {
        var params = new HashMap<>(business);
        params.put("method", method);
        params.put("app_key", app.appKey());
        params.put("session", session);
        params.put("timestamp", String.valueOf(System.currentTimeMillis()));
        params.put("sign_method", "sha256");
        params.put("sign", CallSignature.sign(app.secret(), null, params, false));
        return params;
    }

    private JsonNode call(String method, String path, String form) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(api.base() + path));
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("the gateway answers 200, errors in the body")
                .isEqualTo(200);
        return Api.JSON.readTree(response.body());
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
