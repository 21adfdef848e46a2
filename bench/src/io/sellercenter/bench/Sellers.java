package io.sellercenter.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sellers registered through the API (so their tokens are real), then given by SQL what the
 * settling-in journey would have given them: a default CN warehouse holding the SKU, and a bound
 * deduction account. Orders are seeded by SQL in the state a paid order reaches.
 */
final class Sellers {

    record Seller(long sellerId, String email, String token, long warehouseId) {}

    static final String PASSWORD = "bench-pass-1";

    static final String SKU = "BENCH-EARBUDS";
    static final String ADDRESS = """
            {"contactPerson":"Emma Johnson","mobileNo":"+12125550100","country":"US","province":"NY",\
            "city":"New York","address":"742 Evergreen Terrace","zip":"10001"}""";

    private Sellers() {}

    static List<Seller> register(BenchApp app, int count) throws Exception {
        var sellers = new ArrayList<Seller>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<Future<Seller>>();
            for (int i = 0; i < count; i++) {
                var n = i;
                futures.add(pool.submit(() -> one(app, n)));
            }
            for (var f : futures) {
                sellers.add(f.get());
            }
        }
        return sellers;
    }

    private static Seller one(BenchApp app, int n) {
        var email = "bench-seller-" + n + "-" + System.nanoTime() + "@bench.local";
        var created = BenchApp.check(
                        app.post(
                                "/api/v1/sellers",
                                null,
                                Map.of("email", email, "password", PASSWORD, "displayName", "Bench Trading " + n)),
                        201,
                        "register")
                .json();
        var sellerId = created.get("sellerId").asLong();
        var token = BenchApp.check(
                        app.post("/api/v1/auth/tokens", null, Map.of("email", email, "password", PASSWORD)),
                        201,
                        "token")
                .json()
                .get("token")
                .asString();
        var warehouseId = app.jdbc.sql("""
                        insert into warehouses (version, seller_id, name, kind, country, address, is_default, created_at)
                        values (0, ?, 'Shenzhen', 'SELF_BUILT', 'CN', '18 Xixiang Avenue, Shenzhen', true, now()) returning id""").param(sellerId).query(Long.class).single();
        app.jdbc.sql("""
                        insert into inventory (warehouse_id, sku_code, seller_id, available, in_transit, reserved)
                        values (?, ?, ?, 10000000, 0, 0)""").params(warehouseId, SKU, sellerId).update();
        app.jdbc.sql("""
                        insert into freight_accounts (seller_id, version, provider, account_no, agreement_no, bound, bound_at)
                        values (?, 0, 'ALIPAY_INTL', 'finance@bench.cn', '20881234567890', true, now())""").param(sellerId).update();
        return new Seller(sellerId, email, token, warehouseId);
    }

    /**
     * {@code perSeller} paid orders waiting for shipment for every seller, with their line, their
     * ship-by deadline and their stock reserved; returns the order ids per seller, in seller order.
     */
    static List<List<Long>> paidOrders(BenchApp app, List<Seller> sellers, int perSeller) {
        var sellerIds = sellers.stream().mapToLong(Seller::sellerId).toArray();
        var warehouseIds = sellers.stream().mapToLong(Seller::warehouseId).toArray();
        var rows = app.jdbc
                .sql("""
                        with s as (select * from unnest(?::bigint[], ?::bigint[]) with ordinality as s(seller_id, warehouse_id, n)),
                        o as (
                          insert into orders (version, seller_id, store_id, buyer_id, buyer_name, order_status, logistics_status,
                            fund_status, frozen_status, issue_status, logistics_service_code, shipping_address, destination_country,
                            total_minor, currency, created_at, paid_at, ship_by)
                          select 0, s.seller_id, 1, 1, 'Emma Johnson', 'WAIT_SELLER_SEND_GOODS', 'WAIT_SELLER_SEND_GOODS',
                            'PAY_SUCCESS', 'NO_FROZEN', 'NO_ISSUE', 'CAINIAO_STANDARD', ?, 'US', 1990, 'USD', now(), now(),
                            now() + interval '3 days'
                          from s, generate_series(1, ?) g
                          returning id, seller_id, ship_by),
                        l as (
                          insert into order_lines (order_id, position, product_id, sku_code, title, goods_type, attributes, quantity,
                            unit_price_minor, handling_days, warehouse_id, ship_from_country)
                          select o.id, 0, 1, ?, 'Wireless earbuds', 'GENERAL', '{"colour":"black"}', 1, 1990, 3, s.warehouse_id, 'CN'
                          from o join s using (seller_id)),
                        d as (insert into order_deadlines (order_id, kind, due_at) select id, 'SHIP_BY', ship_by from o)
                        select o.id, s.n from o join s using (seller_id) order by s.n, o.id""")
                .params(sellerIds, warehouseIds, Sellers.ADDRESS, perSeller, SKU)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        app.jdbc
                .sql("update inventory set reserved = reserved + ? where sku_code = ? and warehouse_id = any(?)")
                .params(perSeller, SKU, warehouseIds)
                .update();
        var bySeller = new ArrayList<List<Long>>();
        for (int i = 0; i < sellers.size(); i++) {
            bySeller.add(new ArrayList<>());
        }
        for (var row : rows) {
            bySeller.get((int) row[1] - 1).add(row[0]);
        }
        return bySeller;
    }

    /** A logistics-order request as a seller's client sends it (API.md, Shipping). */
    static Map<String, Object> logisticsOrder(long orderId) {
        return Map.of(
                "orderId",
                orderId,
                "serviceCode",
                "CAINIAO_STANDARD",
                "goodsType",
                "GENERAL",
                "sender",
                Map.of(
                        "contactPerson", "陈静",
                        "mobileNo", "13800138000",
                        "country", "CN",
                        "province", "Guangdong",
                        "city", "Shenzhen",
                        "address", "18 Xixiang Avenue",
                        "zip", "518102"),
                "declaredItems",
                List.of(Map.of(
                        "nameEn", "Earbuds",
                        "nameCn", "耳机",
                        "hsCode", "851830",
                        "quantity", 1,
                        "unitValue", "19.90",
                        "weightGrams", 80)),
                "package",
                Map.of("weightGrams", 150, "lengthCm", 12, "widthCm", 10, "heightCm", 6),
                "pickupType",
                "SELF_SEND",
                "undeliverableDecision",
                "RETURN");
    }
}
