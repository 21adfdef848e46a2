package io.sellercenter.openplatform.internal;

import static io.sellercenter.openplatform.internal.GatewayCall.fields;

import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.orders.internal.OnlineShipping;
import io.sellercenter.orders.internal.ServiceChoice;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.LogisticsOrderView;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.SellerAddresses;
import io.sellercenter.shipping.UndeliverableDecision;
import io.sellercenter.shipping.internal.Labels;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Online shipping in the platform's methods: services, the logistics order, its detail, labels, seller addresses. */
@Component
class LogisticsMethods implements GatewayMethods {

    static final int MAX_LABELS = 100;
    private static final BigDecimal MIN_DECLARED = new BigDecimal("0.01");
    private static final BigDecimal MAX_DECLARED = new BigDecimal("10000");
    private static final BigDecimal MAX_ITEM_KG = new BigDecimal("2.000");

    private final ServiceChoice services;
    private final OnlineShipping shipping;
    private final LogisticsOrderQueries logisticsOrders;
    private final SellerAddresses addresses;
    private final Labels labels;
    private final LogisticsOrders logistics;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    LogisticsMethods(
            ServiceChoice services,
            OnlineShipping shipping,
            LogisticsOrderQueries logisticsOrders,
            SellerAddresses addresses,
            Labels labels,
            LogisticsOrders logistics,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.logistics = logistics;
        this.transactions = transactions;
        this.services = services;
        this.shipping = shipping;
        this.logisticsOrders = logisticsOrders;
        this.addresses = addresses;
        this.labels = labels;
        this.json = json;
    }

    @Override
    public Map<String, Function<GatewayCall, Map<String, Object>>> methods() {
        return Map.of(
                "aliexpress.logistics.redefining.getonlinelogisticsservicelistbyorderid", this::services,
                "aliexpress.logistics.createwarehouseorder", this::create,
                "aliexpress.logistics.querylogisticsorderdetail", this::detail,
                "aliexpress.logistics.redefining.getonlinelogisticsinfo", this::info,
                "aliexpress.logistics.redefining.getprintinfo", this::label,
                "aliexpress.logistics.redefining.getprintinfos", this::labels,
                "aliexpress.logistics.redefining.getlogisticsselleraddresses", this::addresses);
    }

    private Map<String, Object> services(GatewayCall call) {
        var orderId = call.requiredId("order_id");
        var parcel = parcel(call);
        return call.business(
                () -> fields(
                        "result_list",
                        Wire.list(
                                "aeop_online_logistics_service_result_dto",
                                services.options(call.account(), orderId, parcel, null).stream()
                                        .filter(o -> o.unavailableReason() == null && o.acceptsGoodsType())
                                        .map(LogisticsMethods::service)
                                        .toList()),
                        "is_success",
                        true,
                        "error_desc",
                        null),
                f -> fields("is_success", false, "error_code", f.code(), "error_desc", f.message()));
    }

    private static Map<String, Object> service(LogisticsServices.Option o) {
        var warehouse = o.transitWarehouse();
        return fields(
                "logistics_service_id", o.serviceCode(),
                "logistics_service_name", o.serviceName(),
                "code", o.serviceCode(),
                "name", o.serviceName(),
                "logistics_timeliness", o.deliveryDays(),
                "trial_result",
                        o.estimatedFreight() == null
                                ? null
                                : o.estimatedFreight().amount().toPlainString(),
                "trial_currency",
                        o.estimatedFreight() == null
                                ? null
                                : o.estimatedFreight().currency().getCurrencyCode(),
                "warehouse_name", warehouse == null ? null : warehouse.name(),
                "delivery_address", warehouse == null ? null : warehouse.address(),
                "pickup_available", o.pickupAvailable(),
                "buyer_selected", o.buyerSelected());
    }

    /** The parcel's weight (kg) and sides (cm) when all are given; else the services estimate it from the SKUs. */
    private static LogisticsServices.Parcel parcel(GatewayCall call) {
        var weight = call.param("goods_weight");
        var length = call.param("goods_length");
        var width = call.param("goods_width");
        var height = call.param("goods_height");
        if (weight == null || length == null || width == null || height == null) {
            return null;
        }
        var grams = decimal("goods_weight", weight, new BigDecimal("0.001"), new BigDecimal("100"))
                .movePointRight(3)
                .intValue();
        return new LogisticsServices.Parcel(
                grams,
                decimal("goods_length", length, new BigDecimal("0.1"), new BigDecimal("500")),
                decimal("goods_width", width, new BigDecimal("0.1"), new BigDecimal("500")),
                decimal("goods_height", height, new BigDecimal("0.1"), new BigDecimal("500")));
    }

    private Map<String, Object> create(GatewayCall call) {
        var orderId = call.requiredId("trade_order_id");
        var service = call.required("warehouse_carrier_service");
        if (!service.matches("[A-Z0-9_]{2,40}")) {
            throw GatewayException.isv("InvalidParameter", "warehouse_carrier_service");
        }
        var decision =
                switch (call.param("undeliverable_decision") == null ? "0" : call.param("undeliverable_decision")) {
                    case "0" -> UndeliverableDecision.RETURN;
                    case "1" -> UndeliverableDecision.DESTROY;
                    default -> throw GatewayException.isv("InvalidParameter", "undeliverable_decision");
                };
        var addressDtos = call.requiredJson("address_d_t_os");
        var declared = call.requiredJson("declare_product_d_t_os");
        if (!declared.isArray() || declared.isEmpty() || declared.size() > 50) {
            throw GatewayException.isv("InvalidParameter", "declare_product_d_t_os");
        }
        var items = new ArrayList<DeclaredItem>();
        var goodsType = goodsType(call.param("goods_type"));
        for (int i = 0; i < declared.size(); i++) {
            var d = declared.get(i);
            var at = "declare_product_d_t_os[" + i + "].";
            items.add(new DeclaredItem(
                    GatewayCall.text(d, "category_en_desc", at + "category_en_desc", 60),
                    GatewayCall.text(d, "category_cn_desc", at + "category_cn_desc", 20),
                    hsCode(GatewayCall.text(d, "hs_code").orElse(""), at + "hs_code"),
                    count(at + "product_num", d.path("product_num").asString("")),
                    decimal(
                            at + "product_declare_amount",
                            d.path("product_declare_amount").asString(""),
                            MIN_DECLARED,
                            MAX_DECLARED),
                    decimal(
                                    at + "product_weight",
                                    d.path("product_weight").asString(""),
                                    new BigDecimal("0.001"),
                                    MAX_ITEM_KG)
                            .movePointRight(3)
                            .intValue()));
            if (goodsType == null && (flag(d, "contains_battery") || flag(d, "only_battery"))) {
                goodsType = GoodsType.BATTERY;
            } else if (goodsType == null && flag(d, "aneroid_markup")) {
                goodsType = GoodsType.COSMETICS;
            }
        }
        var pickup = address(call, addressDtos.path("pickup"), "pickup", false);
        var handover = handover(call.param("pickup_type"), pickup != null);
        var sender = address(call, addressDtos.path("sender"), "sender", true);
        var receiver = address(call, addressDtos.path("receiver"), "receiver", false);
        var given = parcel(call);
        var kind = goodsType == null ? GoodsType.GENERAL : goodsType;
        var domesticNo = call.param("domestic_tracking_no");
        if (domesticNo != null && !domesticNo.matches("[A-Za-z0-9-]{4,40}")) {
            throw GatewayException.isv("InvalidParameter", "domestic_tracking_no");
        }
        var domesticCarrier = call.param("domestic_logistics_company") != null
                ? call.param("domestic_logistics_company", 60)
                : call.param("domestic_logistics_company_id");
        if (domesticNo != null && domesticCarrier == null) {
            throw GatewayException.isv("MissingParameter", "domestic_logistics_company");
        }
        // the parcel already on its way to the transit warehouse is recorded with its logistics order, or neither is
        return call.business(
                () -> transactions.execute(tx -> {
                    var parcel = given != null ? given : services.estimatedParcel(call.account(), orderId);
                    var created = shipping.create(
                            call.account(),
                            new OnlineShipping.Form(
                                    orderId,
                                    service,
                                    kind,
                                    receiver,
                                    sender,
                                    pickup,
                                    items,
                                    parcel,
                                    handover,
                                    "true".equals(call.param("ask_pickup_outside_range")),
                                    decision,
                                    "true".equals(call.param("confirm_service_mismatch")),
                                    null));
                    if (domesticNo != null && created.status() == LogisticsOrderStatus.AWAITING_DROP_OFF) {
                        created = logistics.sentByDomesticExpress(
                                call.account().requirePermission(Permission.SHIPPING),
                                created.logisticsOrderId(),
                                domesticCarrier,
                                domesticNo);
                    }
                    return fields(
                            "result_success",
                            true,
                            "result",
                            fields(
                                    "success",
                                    true,
                                    "error_code",
                                    "1",
                                    "error_desc",
                                    null,
                                    "warehouse_order_id",
                                    created.logisticsOrderId(),
                                    "intl_tracking_no",
                                    created.intlTrackingNo(),
                                    "out_order_id",
                                    created.lpNumber(),
                                    "trade_order_id",
                                    String.valueOf(orderId),
                                    "trade_order_from",
                                    "ESCROW"));
                }),
                f -> fields(
                        "result_success",
                        false,
                        "result",
                        fields("success", false, "error_code", f.code(), "error_desc", f.message())));
    }

    private PostalAddress address(GatewayCall call, JsonNode a, String name, boolean required) {
        if (a.isMissingNode() || a.isNull() || a.isEmpty()) {
            if (required) {
                throw GatewayException.isv("MissingParameter", "address_d_t_os." + name);
            }
            return null;
        }
        var addressId = a.path("address_id").asString("");
        if (!addressId.isBlank()) {
            return addresses
                    .get(call.account(), GatewayCall.id("address_d_t_os." + name + ".address_id", addressId))
                    .postal();
        }
        var at = "address_d_t_os." + name + ".";
        var mobile = a.path("mobile").asString("").isBlank()
                ? a.path("phone").asString("")
                : a.path("mobile").asString("");
        var street = String.join(
                        " ",
                        a.path("county").asString(""),
                        a.path("street").asString(""),
                        a.path("street_address").asString(""))
                .strip();
        if (street.isEmpty()) {
            throw GatewayException.isv("MissingParameter", at + "street_address");
        }
        var country = GatewayCall.text(a, "country", at + "country", 2).toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw GatewayException.isv("InvalidParameter", at + "country");
        }
        return new PostalAddress(
                GatewayCall.text(a, "name", at + "name", 100),
                mobile.isBlank() ? null : GatewayCall.limited(mobile, at + "mobile", 30),
                country,
                a.path("province").asString("").isBlank()
                        ? null
                        : GatewayCall.limited(a.path("province").asString(), at + "province", 100),
                GatewayCall.text(a, "city", at + "city", 100),
                GatewayCall.limited(street, at + "street_address", 300),
                GatewayCall.text(a, "post_code", at + "post_code", 20));
    }

    private Map<String, Object> detail(GatewayCall call) {
        var seller = call.account().requirePermission(Permission.SHIPPING);
        var paging = GatewayCall.page(call.param("current_page"), call.param("page_size"));
        var search = String.join(
                        " ", nonNull(call.param("trade_order_id")), nonNull(call.param("international_logistics_num")))
                .strip();
        var found = logisticsOrders.list(seller, Set.of(), search.isEmpty() ? null : search, paging);
        return fields(
                "result",
                fields(
                        "success",
                        true,
                        "current_page",
                        paging.page() + 1,
                        "page_size",
                        paging.size(),
                        "total_count",
                        found.total(),
                        "result_list",
                        Wire.list(
                                "aeop_logistics_order_detail_dto",
                                found.items().stream()
                                        .map(LogisticsMethods::logisticsOrder)
                                        .toList())));
    }

    private Map<String, Object> info(GatewayCall call) {
        var seller = call.account().requirePermission(Permission.SHIPPING);
        var orderId = call.requiredId("order_id");
        return fields(
                "result_success",
                true,
                "result_list",
                Wire.list(
                        "result",
                        logisticsOrders.forOrder(seller, orderId).stream()
                                .map(LogisticsMethods::logisticsOrder)
                                .toList()));
    }

    private static Map<String, Object> logisticsOrder(LogisticsOrderView l) {
        return fields(
                "logistics_order_id", l.logisticsOrderId(),
                "trade_order_id", String.valueOf(l.orderId()),
                "international_logistics_num", l.intlTrackingNo(),
                "international_logistics_id", l.intlTrackingNo(),
                "international_logistics_type", l.serviceCode(),
                "channel_code", l.serviceCode(),
                "logistics_status", platformStatus(l.status()),
                "logistics_order_status", l.status().name(),
                "logistics_fee", Wire.money(l.actualFreight() != null ? l.actualFreight() : l.estimatedFreight()),
                "out_order_code", l.lpNumber(),
                "logistics_order_code", l.lpNumber(),
                "pickup_type", l.pickupType().name(),
                "undeliverable_decision", l.undeliverableDecision() == UndeliverableDecision.RETURN ? 0 : 1,
                "warehouse_name",
                        l.transitWarehouse() == null
                                ? null
                                : l.transitWarehouse().name(),
                "gmt_create", Wire.time(l.createdAt()));
    }

    /** Our logistics-order status in the platform's words (the old warehouse-order statuses). */
    static String platformStatus(LogisticsOrderStatus status) {
        return switch (status) {
            case CREATED, AWAITING_PICKUP_ANSWER, AWAITING_PICKUP, AWAITING_DROP_OFF -> "waitWarehouseReceiveGoods";
            case RECEIVED -> "waitWarehouseSendGoods";
            case DISPATCHED, IN_TRANSIT, DELIVERED -> "warehouseSendGoodsSuccess";
            case UNDELIVERABLE, RETURNED, DESTROYED -> "send_goods_fail";
            case CANCELLED -> "CLOSED";
        };
    }

    private Map<String, Object> label(GatewayCall call) {
        var seller = call.account().requirePermission(Permission.SHIPPING);
        var waybill = call.required("international_logistics_id");
        return call.business(() -> printed(seller, List.of(byWaybill(seller, waybill))), LogisticsMethods::printFailed);
    }

    private Map<String, Object> labels(GatewayCall call) {
        var seller = call.account().requirePermission(Permission.SHIPPING);
        var wanted = call.requiredJson("warehouse_order_query_d_t_os");
        if (!wanted.isArray() || wanted.isEmpty() || wanted.size() > MAX_LABELS) {
            throw GatewayException.isv("InvalidParameter", "warehouse_order_query_d_t_os");
        }
        return call.business(
                () -> {
                    var ids = new ArrayList<Long>();
                    for (var w : wanted) {
                        var id = w.path("id").asString("");
                        ids.add(
                                id.isBlank()
                                        ? byWaybill(
                                                seller,
                                                w.path("international_logistics_id")
                                                        .asString(""))
                                        : GatewayCall.id("id", id));
                    }
                    return printed(seller, labels.resolve(seller.value(), ids, List.of()));
                },
                LogisticsMethods::printFailed);
    }

    private Map<String, Object> printed(SellerId seller, List<Long> ids) {
        var pdf = new ByteArrayOutputStream();
        if (ids.size() == 1) {
            labels.pdf(seller.value(), ids.getFirst(), pdf);
        } else {
            labels.batch(seller.value(), ids, pdf);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("body", Base64.getEncoder().encodeToString(pdf.toByteArray()));
        return fields("result", json.writeValueAsString(body), "result_success", true);
    }

    private static Map<String, Object> printFailed(GatewayCall.Failure f) {
        return fields("result_success", false, "error_code", f.code(), "error_desc", f.message());
    }

    private long byWaybill(SellerId seller, String waybill) {
        if (waybill.isBlank()) {
            throw GatewayException.isv("MissingParameter", "international_logistics_id");
        }
        return logisticsOrders.list(seller, Set.of(), waybill, new PageRequest(0, 5)).items().stream()
                .filter(l -> waybill.equals(l.intlTrackingNo()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("logistics order"))
                .logisticsOrderId();
    }

    private Map<String, Object> addresses(GatewayCall call) {
        var wanted = call.param("seller_address_query") == null
                ? "sender,pickup,refund"
                : call.param("seller_address_query");
        var answer = fields("result_success", true, "result_error_code", null, "error_desc", null);
        for (var kind : wanted.split(",")) {
            var type = switch (kind.strip().toLowerCase(Locale.ROOT)) {
                case "sender" -> SellerAddresses.Type.SENDER;
                case "pickup" -> SellerAddresses.Type.PICKUP;
                case "refund" -> SellerAddresses.Type.REFUND;
                default -> throw GatewayException.isv("InvalidParameter", "seller_address_query");
            };
            answer.put(
                    type.name().toLowerCase(Locale.ROOT) + "_seller_address_list",
                    Wire.list(
                            "addressdto",
                            addresses.list(call.account(), type).stream()
                                    .map(a -> fields(
                                            "address_id", a.addressId(),
                                            "is_default", a.isDefault(),
                                            "name", a.name(),
                                            "mobile", a.mobile(),
                                            "country", a.country(),
                                            "province", a.province(),
                                            "city", a.city(),
                                            "street_address", a.streetAddress(),
                                            "postcode", a.postcode()))
                                    .toList()));
        }
        return answer;
    }

    private static GoodsType goodsType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return GoodsType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GatewayException.isv("InvalidParameter", "goods_type");
        }
    }

    private static Handover handover(String pickupType, boolean pickupGiven) {
        if (pickupType == null) {
            return pickupGiven ? Handover.DOOR_PICKUP : Handover.SELF_SEND;
        }
        return switch (pickupType.toUpperCase(Locale.ROOT)) {
            case "DOOR_PICKUP" -> Handover.DOOR_PICKUP;
            case "SELF_SEND", "SELF_POST" -> Handover.SELF_SEND;
            default -> throw GatewayException.isv("InvalidParameter", "pickup_type");
        };
    }

    private static boolean flag(JsonNode node, String field) {
        var value = node.path(field).asString("");
        return "true".equalsIgnoreCase(value) || "1".equals(value);
    }

    private static String hsCode(String value, String name) {
        if (!value.isEmpty() && !value.matches("[0-9]{6,10}")) {
            throw GatewayException.isv("InvalidParameter", name);
        }
        return value;
    }

    private static BigDecimal decimal(String name, String value, BigDecimal min, BigDecimal max) {
        try {
            var number = new BigDecimal(value.strip());
            if (number.compareTo(min) >= 0 && number.compareTo(max) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw GatewayException.isv("InvalidParameter", name);
    }

    private static int count(String name, String value) {
        var number = decimal(name, value, BigDecimal.ONE, new BigDecimal("999"));
        if (number.stripTrailingZeros().scale() > 0) {
            throw GatewayException.isv("InvalidParameter", name);
        }
        return number.intValue();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
