package io.sellercenter.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workload 3: per order, create its logistics order and then its one-click shipping notice over
 * HTTP, at concurrency 1, 16 and 64 (virtual-thread clients on loopback), each run bounded in
 * orders and in time. Every request's latency counts.
 */
final class ApiLoad {

    private ApiLoad() {}

    record Level(int concurrency, int orders) {}

    static Map<String, Object> run(BenchApp app, List<Sellers.Seller> sellers, List<Level> levels, int runs)
            throws Exception {
        // untimed, like the warm-up rounds of workloads 1 and 2: the figures are a warmed-up server's
        var warmUp = levels.stream().mapToInt(Level::concurrency).max().orElseThrow();
        for (int round = 0; round < 2; round++) {
            measure(app, sellers, new Level(warmUp, 1_000));
        }
        var result = new LinkedHashMap<String, Object>();
        for (var level : levels) {
            var rates = new ArrayList<Double>();
            var p50 = new ArrayList<Double>();
            var p99 = new ArrayList<Double>();
            for (int run = 0; run < runs; run++) {
                var measured = measure(app, sellers, level);
                var samples = measured.latencies();
                rates.add(samples.length / measured.seconds());
                p50.add(Stats.percentileMs(samples, 50));
                p99.add(Stats.percentileMs(samples, 99));
                System.out.printf(
                        "  API c=%d run %d: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms%n",
                        level.concurrency(), run + 1, samples.length, rates.getLast(), p50.getLast(), p99.getLast());
            }
            result.put(
                    "concurrency" + level.concurrency(),
                    Map.of(
                            "ordersPerRun", level.orders(),
                            "requestsPerSecond", Stats.round(Stats.median(rates), 0),
                            "p50Ms", Stats.round(Stats.median(p50), 1),
                            "p99Ms", Stats.round(Stats.median(p99), 1)));
        }
        result.put("runs", runs);
        result.put("warmUp", "2 untimed runs of 1,000 orders at concurrency " + warmUp);
        return result;
    }

    private record Measured(long[] latencies, double seconds) {}

    private static Measured measure(BenchApp app, List<Sellers.Seller> sellers, Level level) throws Exception {
        var perSeller = (level.orders() + sellers.size() - 1) / sellers.size();
        var paid = Sellers.paidOrders(app, sellers, perSeller);
        var work = new ConcurrentLinkedQueue<long[]>();
        for (int k = 0; k < perSeller; k++) {
            for (int s = 0; s < sellers.size(); s++) {
                work.add(new long[] {s, paid.get(s).get(k)});
            }
        }
        var latencies = new ConcurrentLinkedQueue<Long>();
        var done = new AtomicInteger();
        var deadline = System.nanoTime() + 60_000_000_000L;
        var start = System.nanoTime();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < level.concurrency(); c++) {
                clients.submit(() -> {
                    long[] next;
                    while (done.get() < level.orders()
                            && System.nanoTime() < deadline
                            && (next = work.poll()) != null) {
                        var seller = sellers.get((int) next[0]);
                        var t0 = System.nanoTime();
                        var created = BenchApp.check(
                                        app.post(
                                                "/api/v1/logistics-orders",
                                                seller.token(),
                                                Sellers.logisticsOrder(next[1])),
                                        201,
                                        "create")
                                .json()
                                .get("logisticsOrderId")
                                .asLong();
                        var t1 = System.nanoTime();
                        BenchApp.check(
                                app.post(
                                        "/api/v1/logistics-orders/" + created + "/shipping-notice",
                                        seller.token(),
                                        Map.of()),
                                201,
                                "notice");
                        var t2 = System.nanoTime();
                        latencies.add(t1 - t0);
                        latencies.add(t2 - t1);
                        done.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        return new Measured(latencies.stream().mapToLong(Long::longValue).toArray(), seconds);
    }
}
