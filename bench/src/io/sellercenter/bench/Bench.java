package io.sellercenter.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark: seven workloads, each the median of several runs with its limit measured in the
 * same run, written to bench/results/latest.json and latest.md. Sizes can be lowered with system
 * properties (bench.runs, bench.orders, …) for a quick look; the published figures use the defaults.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        var runs = Integer.getInteger("bench.runs", 5);
        var sellerCount = Integer.getInteger("bench.sellers", 100);
        var perSeller = Integer.getInteger("bench.ordersPerSeller", 100);
        var labels = Integer.getInteger("bench.labels", 10_000);
        var listOrders = Integer.getInteger("bench.listOrders", 1_000_000);
        var jar = Path.of(System.getProperty("bench.jar"));
        var work = Files.createDirectories(Path.of(System.getProperty("bench.work", "bench/target/work")));
        var out = Files.createDirectories(Path.of(System.getProperty("bench.results", "bench/results")));

        var results = new LinkedHashMap<String, Object>();
        results.put("measuredAt", Instant.now().toString());
        results.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "java",
                        System.getProperty("java.vm.name") + " " + Runtime.version(),
                        "durableDatabase",
                        BenchApp.DURABLE,
                        "benchJvm",
                        ManagementFactory.getRuntimeMXBean().getInputArguments()));
        var started = System.nanoTime();
        // -Dbench.only=ship,labels,api,list,cold,pages,gateway runs some workloads only (for profiling; the table
        // needs all seven)
        var only = Set.of(System.getProperty("bench.only", "ship,labels,api,list,cold,pages,gateway")
                .split(","));

        if (only.contains("cold")) {
            System.out.println("5. cold start of the packaged jar");
            results.put("coldStart", ColdStart.run(jar, work, List.of(), runs, Math.min(runs, 3)));
            if (Runtime.version().feature() >= 25) {
                System.out.println("5. cold start, extracted with the AOT cache (one untimed training run first)");
                var aot = ColdStart.prepareAotCache(jar, work);
                results.put(
                        "coldStartAotCache", ColdStart.run(aot.jar(), work, aot.jvmOptions(), runs, Math.min(runs, 3)));
            }
        }

        try (var app = new BenchApp(work.resolve("app-data-" + System.nanoTime()))) {
            var sellers = Sellers.register(app, sellerCount);
            if (only.contains("pages")) {
                System.out.println("6. workspace pages at the demo's size");
                results.put("pages", PagesBench.run(app, Integer.getInteger("bench.pageLoads", 50), runs));
            }
            if (only.contains("ship")) {
                System.out.println("1. batch ship");
                results.put("batchShip", BatchShip.run(app, sellers, perSeller, runs));
            }
            if (only.contains("labels")) {
                System.out.println("2. labels");
                results.put("labels", LabelsBench.run(app, sellers.getFirst(), labels, runs));
            }
            if (only.contains("api")) {
                System.out.println("3. API under load");
                results.put(
                        "apiLoad",
                        ApiLoad.run(
                                app,
                                sellers,
                                List.of(
                                        new ApiLoad.Level(1, Integer.getInteger("bench.api.c1", 200)),
                                        new ApiLoad.Level(16, Integer.getInteger("bench.api.c16", 1_000)),
                                        new ApiLoad.Level(64, Integer.getInteger("bench.api.c64", 2_000))),
                                runs));
            }
            if (only.contains("gateway")) {
                System.out.println("7. open-platform gateway against the REST API");
                results.put(
                        "gateway",
                        GatewayBench.run(app, sellers, Integer.getInteger("bench.gatewayCalls", 4_000), runs));
            }
            if (only.contains("list")) {
                System.out.println("4. order list");
                results.put(
                        "orderList",
                        OrderList.run(app, sellers, listOrders, Integer.getInteger("bench.listRequests", 300), runs));
            }
        }
        results.put("totalSeconds", Stats.round((System.nanoTime() - started) / 1e9, 0));
        if (only.size() < 7) {
            // a partial run is printed, never written over the full results
            System.out.println(BenchApp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            return;
        }
        Files.writeString(
                out.resolve("latest.json"),
                BenchApp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        var table = Report.table(results);
        Files.writeString(out.resolve("latest.md"), table);
        System.out.println();
        System.out.println(table);
    }
}
