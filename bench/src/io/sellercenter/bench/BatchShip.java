package io.sellercenter.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

/**
 * Workload 1: 10,000 paid orders of 100 sellers → batch-created logistics orders (waybills, freight
 * holds) → one-click shipping notices, through the API as the sellers' clients call it, two clients
 * at a time. The limit: the same rows written with raw batched JDBC into the same database.
 */
final class BatchShip {

    private BatchShip() {}

    static Map<String, Object> run(BenchApp app, List<Sellers.Seller> sellers, int perSeller, int runs)
            throws Exception {
        var ours = new ArrayList<Double>();
        var createRates = new ArrayList<Double>();
        var noticeRates = new ArrayList<Double>();
        var heapUsed = new ArrayList<Double>();
        var heapAfterGc = new ArrayList<Double>();
        var limit = new ArrayList<Double>();
        var orders = sellers.size() * perSeller;
        // two untimed full-size rounds so the measured runs see compiled code, as a long-running server does
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            noticeAll(app, sellers, createAll(app, sellers, Sellers.paidOrders(app, sellers, perSeller)));
            rawInsert(app, sellers, Sellers.paidOrders(app, sellers, perSeller));
        }
        for (int run = 0; run < runs; run++) {
            var paid = Sellers.paidOrders(app, sellers, perSeller);
            try (var heap = new HeapProbe()) {
                var start = System.nanoTime();
                var created = createAll(app, sellers, paid);
                var afterCreate = System.nanoTime();
                noticeAll(app, sellers, created);
                var end = System.nanoTime();
                ours.add(orders / ((end - start) / 1e9));
                createRates.add(orders / ((afterCreate - start) / 1e9));
                noticeRates.add(orders / ((end - afterCreate) / 1e9));
                heapUsed.add(heap.growth().peakUsedMb());
                heapAfterGc.add(heap.growth().peakAfterGcMb());
            }
            limit.add(rawInsert(app, sellers, Sellers.paidOrders(app, sellers, perSeller)));
            System.out.printf(
                    "  batch ship run %d: %.0f orders/s (create %.0f/s, notices %.0f/s), raw limit %.0f/s%n",
                    run + 1, ours.getLast(), createRates.getLast(), noticeRates.getLast(), limit.getLast());
        }
        var result = new LinkedHashMap<String, Object>();
        result.put("orders", orders);
        result.put("sellers", sellers.size());
        result.put("runs", runs);
        result.put("ordersPerSecond", Stats.round(Stats.median(ours), 0));
        result.put("msPer1000", Stats.round(1000 / Stats.median(ours) * 1000, 0));
        result.put("createOrdersPerSecond", Stats.round(Stats.median(createRates), 0));
        result.put("noticeOrdersPerSecond", Stats.round(Stats.median(noticeRates), 0));
        result.put("peakHeapGrowthMb", Stats.median(heapUsed));
        result.put("peakHeapAfterGcGrowthMb", Stats.median(heapAfterGc));
        result.put("limitOrdersPerSecond", Stats.round(Stats.median(limit), 0));
        result.put("oursOverLimit", Stats.round(Stats.median(ours) / Stats.median(limit), 2));
        result.put("allRuns", Map.of("ordersPerSecond", ours, "limitOrdersPerSecond", limit));
        return result;
    }

    /** One batch call per seller; returns the logistics order ids per seller. */
    private static List<List<Long>> createAll(BenchApp app, List<Sellers.Seller> sellers, List<List<Long>> paid)
            throws Exception {
        var tasks = new ArrayList<Callable<List<Long>>>();
        for (int i = 0; i < sellers.size(); i++) {
            var seller = sellers.get(i);
            var orders = paid.get(i);
            tasks.add(() -> {
                var body = Map.of(
                        "orders", orders.stream().map(Sellers::logisticsOrder).toList());
                var results = BenchApp.check(
                                app.post("/api/v1/logistics-orders/batch", seller.token(), body), 200, "batch")
                        .json()
                        .get("results");
                var ids = new ArrayList<Long>();
                for (var r : results) {
                    if (!r.get("ok").asBoolean()) {
                        throw new IllegalStateException("refused: " + r);
                    }
                    ids.add(r.get("logisticsOrderId").asLong());
                }
                return ids;
            });
        }
        return inParallel(tasks);
    }

    private static void noticeAll(BenchApp app, List<Sellers.Seller> sellers, List<List<Long>> created)
            throws Exception {
        var tasks = new ArrayList<Callable<List<Long>>>();
        for (int i = 0; i < sellers.size(); i++) {
            var seller = sellers.get(i);
            var ids = created.get(i);
            tasks.add(() -> {
                var results = BenchApp.check(
                                app.post(
                                        "/api/v1/logistics-orders/shipping-notices",
                                        seller.token(),
                                        Map.of("logisticsOrderIds", ids)),
                                200,
                                "notices")
                        .json()
                        .get("results");
                for (var r : results) {
                    if (!r.get("ok").asBoolean()) {
                        throw new IllegalStateException("refused: " + r);
                    }
                }
                return ids;
            });
        }
        inParallel(tasks);
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        try (var pool = Executors.newFixedThreadPool(2)) {
            var out = new ArrayList<T>();
            for (var f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        }
    }

    /**
     * The same rows a shipment writes — its logistics order, the two ledger entries of the hold, the
     * order's status, the shipping notice and an event publication — as raw JDBC batches of 1,000
     * shipments, one commit each.
     */
    private static double rawInsert(BenchApp app, List<Sellers.Seller> sellers, List<List<Long>> paid)
            throws Exception {
        var rows = new ArrayList<long[]>();
        for (int i = 0; i < sellers.size(); i++) {
            for (var order : paid.get(i)) {
                rows.add(new long[] {sellers.get(i).sellerId(), order});
            }
        }
        var receiver = Sellers.ADDRESS;
        var sender = BenchApp.JSON.writeValueAsString(Sellers.logisticsOrder(0).get("sender"));
        var items = BenchApp.JSON.writeValueAsString(Sellers.logisticsOrder(0).get("declaredItems"));
        var parcel = BenchApp.JSON.writeValueAsString(Sellers.logisticsOrder(0).get("package"));
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var start = System.nanoTime();
        try (var connection = app.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var logistics = connection.prepareStatement("""
                            insert into logistics_orders (version, seller_id, order_id, service_code, lp_number, intl_tracking_no, status,
                              pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country, receiver, sender,
                              declared_items, package, estimated_freight_minor, currency, created_at)
                            values (0, ?, ?, 'CAINIAO_STANDARD', ?, ?, 'AWAITING_DROP_OFF', 'SELF_SEND', 'RETURN', 'SZX', 'GENERAL', 'US',
                              ?, ?, ?, ?, 2700, 'CNY', ?)""");
                    var ledger = connection.prepareStatement("""
                            insert into ledger_entries (transaction_ref, account, seller_id, amount_minor, currency, description, created_at)
                            values (?, ?, ?, ?, 'CNY', 'freight hold', ?)""");
                    var order = connection.prepareStatement("""
                            update orders set version = version + 1, order_status = 'WAIT_BUYER_ACCEPT_GOODS',
                              logistics_status = 'SELLER_SEND_GOODS', receipt_deadline = ? where id = ?""");
                    var notice = connection.prepareStatement("""
                            insert into shipping_notices (order_id, seller_id, send_type, service_name, tracking_no, offline,
                              platform_compensation, items, created_at)
                            values (?, ?, 'ALL', 'CAINIAO_STANDARD', ?, false, true, '{}', ?)""");
                    var event = connection.prepareStatement("""
                            insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                              completion_date, status, completion_attempts)
                            values (?, 'bench.raw', 'bench.Shipped', ?, ?, ?, 'COMPLETED', 1)""")) {
                var n = 0;
                for (var row : rows) {
                    var now = new Timestamp(System.currentTimeMillis());
                    var waybill = "RAW" + tag + String.format("%08d", n);
                    logistics.setLong(1, row[0]);
                    logistics.setLong(2, row[1]);
                    logistics.setString(3, "LP" + waybill);
                    logistics.setString(4, waybill);
                    logistics.setString(5, receiver);
                    logistics.setString(6, sender);
                    logistics.setString(7, items);
                    logistics.setString(8, parcel);
                    logistics.setTimestamp(9, now);
                    logistics.addBatch();
                    for (var side = 0; side < 2; side++) {
                        ledger.setString(1, "raw-hold:" + waybill);
                        ledger.setString(2, "seller:" + row[0] + (side == 0 ? ":freight_held" : ":deduction_account"));
                        ledger.setLong(3, row[0]);
                        ledger.setLong(4, side == 0 ? 2700 : -2700);
                        ledger.setTimestamp(5, now);
                        ledger.addBatch();
                    }
                    order.setTimestamp(1, new Timestamp(now.getTime() + 60L * 24 * 3600 * 1000));
                    order.setLong(2, row[1]);
                    order.addBatch();
                    notice.setLong(1, row[1]);
                    notice.setLong(2, row[0]);
                    notice.setString(3, waybill);
                    notice.setTimestamp(4, now);
                    notice.addBatch();
                    event.setObject(1, UUID.randomUUID());
                    event.setString(2, "{\"orderId\":" + row[1] + ",\"waybill\":\"" + waybill + "\"}");
                    event.setTimestamp(3, now);
                    event.setTimestamp(4, now);
                    event.addBatch();
                    if (++n % 1000 == 0 || n == rows.size()) {
                        logistics.executeBatch();
                        ledger.executeBatch();
                        order.executeBatch();
                        notice.executeBatch();
                        event.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
        return rows.size() / ((System.nanoTime() - start) / 1e9);
    }
}
