package io.sellercenter.bench;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workload 4: the seller order list filtered by status, over HTTP, with 1,000,000 orders in the
 * database (10,000 per seller, spread over statuses and the last two years).
 */
final class OrderList {

    private OrderList() {}

    private static final String[] STATUSES = {"WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_ACCEPT_GOODS", "FINISH"};

    /** The order list page's filters a seller uses most, each with the status tabs' counts. */
    static List<String> pageQueries(LocalDate today) {
        return List.of(
                "/seller/orders?orderStatus=WAIT_SELLER_SEND_GOODS",
                "/seller/orders?orderStatus=WAIT_SELLER_SEND_GOODS&due=24h",
                "/seller/orders?q=Emma",
                "/seller/orders?from=" + today.minusDays(30) + "&to=" + today + "&service=CAINIAO_STANDARD",
                "/seller/orders?orderStatus=FINISH&sort=newest&page=3",
                "/seller/orders?orderStatus=WAIT_BUYER_ACCEPT_GOODS&from=" + today.minusDays(365) + "&q=Johnson");
    }

    static Map<String, Object> run(BenchApp app, List<Sellers.Seller> sellers, int total, int requests, int runs)
            throws Exception {
        var seeded = System.nanoTime();
        seed(app, sellers, total);
        var seedSeconds = (System.nanoTime() - seeded) / 1e9;
        var rowCount =
                app.jdbc.sql("select count(*) from orders").query(Long.class).single();
        System.out.printf("  order list: %d orders in the database (seeded in %.0f s)%n", rowCount, seedSeconds);
        for (int i = 0; i < 200; i++) {
            list(app, sellers.get(i % sellers.size()), STATUSES[i % STATUSES.length]);
        }
        var p50 = new ArrayList<Double>();
        var p99 = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            var samples = new long[requests];
            for (int i = 0; i < requests; i++) {
                var t0 = System.nanoTime();
                list(app, sellers.get((i * 7 + run) % sellers.size()), STATUSES[i % STATUSES.length]);
                samples[i] = System.nanoTime() - t0;
            }
            p50.add(Stats.percentileMs(samples, 50));
            p99.add(Stats.percentileMs(samples, 99));
            System.out.printf("  order list run %d: p50 %.1f ms, p99 %.1f ms%n", run + 1, p50.getLast(), p99.getLast());
        }
        var result = new LinkedHashMap<String, Object>();
        result.put("ordersInDatabase", rowCount);
        result.put("requestsPerRun", requests);
        result.put("runs", runs);
        result.put("p50Ms", Stats.round(Stats.median(p50), 1));
        result.put("p99Ms", Stats.round(Stats.median(p99), 1));
        result.putAll(pages(app, sellers, requests, runs));
        return result;
    }

    /** The order list page as a browser asks for it: a page session, rotating sellers and filters, counts included. */
    private static Map<String, Object> pages(BenchApp app, List<Sellers.Seller> sellers, int requests, int runs)
            throws Exception {
        var browsers = new ArrayList<HttpClient>();
        for (var seller : sellers.subList(0, Math.min(10, sellers.size()))) {
            browsers.add(PagesBench.logIn(app, seller.email(), Sellers.PASSWORD, "en"));
        }
        var queries = pageQueries(LocalDate.now());
        for (int i = 0; i < 200; i++) {
            PagesBench.get(browsers.get(i % browsers.size()), app, queries.get(i % queries.size()));
        }
        var p50 = new ArrayList<Double>();
        var p99 = new ArrayList<Double>();
        var perQuery = new long[queries.size()][runs * (requests / queries.size() + 1)];
        var perQueryCount = new int[queries.size()];
        for (int run = 0; run < runs; run++) {
            var samples = new long[requests];
            for (int i = 0; i < requests; i++) {
                var q = i % queries.size();
                var t0 = System.nanoTime();
                PagesBench.get(browsers.get((i * 3 + run) % browsers.size()), app, queries.get(q));
                samples[i] = System.nanoTime() - t0;
                perQuery[q][perQueryCount[q]++] = samples[i];
            }
            p50.add(Stats.percentileMs(samples, 50));
            p99.add(Stats.percentileMs(samples, 99));
            System.out.printf(
                    "  order list page run %d: p50 %.1f ms, p99 %.1f ms%n", run + 1, p50.getLast(), p99.getLast());
        }
        for (int q = 0; q < queries.size(); q++) {
            var taken = Arrays.copyOf(perQuery[q], perQueryCount[q]);
            System.out.printf(
                    "    %s: p50 %.1f ms, p99 %.1f ms%n",
                    queries.get(q), Stats.percentileMs(taken, 50), Stats.percentileMs(taken, 99));
        }
        return Map.of("pageP50Ms", Stats.round(Stats.median(p50), 1), "pageP99Ms", Stats.round(Stats.median(p99), 1));
    }

    private static void list(BenchApp app, Sellers.Seller seller, String status) {
        BenchApp.check(app.get("/api/v1/orders?orderStatus=" + status + "&size=20", seller.token()), 200, "order list");
    }

    /** Orders with their line, in the statuses a marketplace holds most: mostly finished, some open. */
    private static void seed(BenchApp app, List<Sellers.Seller> sellers, int total) {
        var perSeller = total / sellers.size();
        for (var seller : sellers) {
            app.jdbc
                    .sql("""
                            with o as (
                              insert into orders (version, seller_id, store_id, buyer_id, buyer_name, order_status, logistics_status,
                                fund_status, frozen_status, issue_status, logistics_service_code, shipping_address, destination_country,
                                total_minor, currency, created_at, paid_at)
                              select 0, ?, 1, 1 + g % 5000, 'Emma Johnson',
                                (array['WAIT_SELLER_SEND_GOODS','WAIT_BUYER_ACCEPT_GOODS','FINISH','FINISH','FINISH'])[1 + g % 5],
                                'SELLER_SEND_GOODS', 'PAY_SUCCESS', 'NO_FROZEN', 'NO_ISSUE', 'CAINIAO_STANDARD', ?, 'US', 1990, 'USD',
                                now() - g * interval '6 minutes', now() - g * interval '6 minutes'
                              from generate_series(1, ?) g returning id)
                            insert into order_lines (order_id, position, product_id, sku_code, title, goods_type, attributes, quantity,
                              unit_price_minor, handling_days, warehouse_id, ship_from_country)
                            select id, 0, 1, ?, 'Wireless earbuds', 'GENERAL', '{"colour":"black"}', 1, 1990, 3, ?, 'CN' from o""")
                    .params(seller.sellerId(), Sellers.ADDRESS, perSeller, Sellers.SKU, seller.warehouseId())
                    .update();
        }
        // the steady state autovacuum keeps: statistics, and the visibility map that lets counts read the index alone
        app.jdbc.sql("vacuum (analyze) orders").update();
        app.jdbc.sql("vacuum (analyze) order_lines").update();
    }
}
