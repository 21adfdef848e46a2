package io.sellercenter.bench;

import com.sun.management.OperatingSystemMXBean;
import io.sellercenter.openplatform.internal.CallSignature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Workload 7: the open-platform gateway against the REST API on the same reads, each seller's order detail (REST
 * {@code GET /api/v1/orders/{id}}, gateway {@code aliexpress.solution.order.info.get} signed as an SDK signs), at
 * concurrency 16. CPU per call is the CPU time of this JVM (server and loopback clients alike; the clients' share is the
 * same small HTTP work on both paths, plus the gateway client's one HMAC) and of its PostgreSQL processes, over the
 * calls made.
 */
final class GatewayBench {

    private GatewayBench() {}

    private record App(String appKey, String secret, String session) {}

    private record Measured(double callsPerSecond, double cpuMsPerCall, double p50Ms, double p99Ms, double seconds) {}

    static Map<String, Object> run(BenchApp app, List<Sellers.Seller> sellers, int calls, int runs) throws Exception {
        var users = sellers.subList(0, Math.min(16, sellers.size()));
        var orders = Sellers.paidOrders(app, users, 20);
        var apps = new ArrayList<App>();
        for (var seller : users) {
            var registered = BenchApp.check(
                            app.post(
                                    "/api/v1/open-platform/apps",
                                    seller.token(),
                                    Map.of("name", "Bench ERP", "callbackUrl", "http://127.0.0.1:9/none")),
                            201,
                            "app")
                    .json();
            var appId = registered.get("appId").asLong();
            var token = BenchApp.check(
                            app.post("/api/v1/open-platform/apps/" + appId + "/tokens", seller.token(), Map.of()),
                            201,
                            "app token")
                    .json();
            apps.add(new App(
                    registered.get("appKey").asString(),
                    registered.get("appSecret").asString(),
                    token.get("accessToken").asString()));
        }
        // the per-app call limit is the platform's protection, not what is measured here
        app.jdbc.sql("update open_apps set calls_per_minute = 100000000").update();
        // untimed: the JIT is still compiling both paths after two rounds
        for (int warm = 0; warm < 4; warm++) {
            measure(app, users, orders, apps, calls, false);
            measure(app, users, orders, apps, calls, true);
        }
        var rest = new ArrayList<Measured>();
        var gateway = new ArrayList<Measured>();
        for (int run = 0; run < runs; run++) {
            // the two paths alternate in chunks, so that JIT, GC and the machine's drift fall on both alike
            var chunks = new ArrayList<Measured>();
            for (int chunk = 0; chunk < 2 * CHUNKS; chunk++) {
                chunks.add(measure(app, users, orders, apps, calls / CHUNKS, chunk % 2 == 1));
            }
            rest.add(sum(chunks, 0));
            gateway.add(sum(chunks, 1));
            System.out.printf(
                    "  gateway run %d: REST %.0f calls/s %.3f ms CPU/call, gateway %.0f calls/s %.3f ms CPU/call%n",
                    run + 1,
                    rest.getLast().callsPerSecond(),
                    rest.getLast().cpuMsPerCall(),
                    gateway.getLast().callsPerSecond(),
                    gateway.getLast().cpuMsPerCall());
        }
        var restCpu = Stats.median(rest.stream().map(Measured::cpuMsPerCall).toList());
        var gatewayCpu =
                Stats.median(gateway.stream().map(Measured::cpuMsPerCall).toList());
        var result = new LinkedHashMap<String, Object>();
        result.put("callsPerRun", calls);
        result.put("alternatingChunksPerPath", CHUNKS);
        result.put("concurrency", 16);
        result.put(
                "restCallsPerSecond",
                Stats.round(
                        Stats.median(rest.stream().map(Measured::callsPerSecond).toList()), 0));
        result.put(
                "gatewayCallsPerSecond",
                Stats.round(
                        Stats.median(
                                gateway.stream().map(Measured::callsPerSecond).toList()),
                        0));
        result.put("restCpuMsPerCall", Stats.round(restCpu, 3));
        result.put("gatewayCpuMsPerCall", Stats.round(gatewayCpu, 3));
        // each run's gateway chunks against its REST chunks, the median over the runs
        var overheads = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            overheads.add((gateway.get(run).cpuMsPerCall() / rest.get(run).cpuMsPerCall() - 1) * 100);
        }
        result.put("gatewayCpuOverheadPercent", Stats.round(Stats.median(overheads), 1));
        result.put(
                "restP99Ms",
                Stats.round(Stats.median(rest.stream().map(Measured::p99Ms).toList()), 1));
        result.put(
                "gatewayP99Ms",
                Stats.round(Stats.median(gateway.stream().map(Measured::p99Ms).toList()), 1));
        result.put("runs", runs);
        return result;
    }

    private static final int CHUNKS = 8;

    /** The even (0) or odd (1) chunks as one run: calls per second and CPU per call over them all. */
    private static Measured sum(List<Measured> chunks, int parity) {
        double seconds = 0;
        double cpuMs = 0;
        double calls = 0;
        var p50 = new ArrayList<Double>();
        var p99 = new ArrayList<Double>();
        for (int i = parity; i < chunks.size(); i += 2) {
            var m = chunks.get(i);
            var n = m.callsPerSecond() * m.seconds();
            calls += n;
            seconds += m.seconds();
            cpuMs += m.cpuMsPerCall() * n;
            p50.add(m.p50Ms());
            p99.add(m.p99Ms());
        }
        return new Measured(calls / seconds, cpuMs / calls, Stats.median(p50), Stats.median(p99), seconds);
    }

    private static Measured measure(
            BenchApp app,
            List<Sellers.Seller> sellers,
            List<List<Long>> orders,
            List<App> apps,
            int calls,
            boolean gateway)
            throws Exception {
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var next = new AtomicInteger();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var cpu0 = os.getProcessCpuTime() + databaseCpuNanos();
        var start = System.nanoTime();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 16; c++) {
                clients.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < calls) {
                        var s = i % sellers.size();
                        var orderId = orders.get(s)
                                .get((i / sellers.size()) % orders.get(s).size());
                        var t0 = System.nanoTime();
                        if (gateway) {
                            var body = sync(app, apps.get(s), orderId);
                            if (!body.contains("\"success\":true")) {
                                throw new IllegalStateException("gateway → " + body);
                            }
                        } else {
                            BenchApp.check(
                                    app.get(
                                            "/api/v1/orders/" + orderId,
                                            sellers.get(s).token()),
                                    200,
                                    "order");
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        var cpuMs = (os.getProcessCpuTime() + databaseCpuNanos() - cpu0) / 1e6;
        var samples = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Measured(
                calls / seconds,
                cpuMs / calls,
                Stats.percentileMs(samples, 50),
                Stats.percentileMs(samples, 99),
                seconds);
    }

    /** The CPU time the embedded PostgreSQL's processes (this JVM's descendants) have used, from /proc. */
    private static long databaseCpuNanos() {
        return ProcessHandle.current()
                .descendants()
                .mapToLong(p -> {
                    try {
                        var stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
                        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                })
                .sum();
    }

    private static String sync(BenchApp app, App a, long orderId) throws Exception {
        var params = new HashMap<String, String>();
        params.put("method", "aliexpress.solution.order.info.get");
        params.put("app_key", a.appKey());
        params.put("session", a.session());
        params.put("timestamp", String.valueOf(System.currentTimeMillis()));
        params.put("sign_method", "sha256");
        params.put("format", "json");
        params.put("simplify", "false");
        params.put("partner_id", "bench");
        params.put("param1", "{\"order_id\":" + orderId + "}");
        params.put("sign", CallSignature.sign(a.secret(), null, params, false));
        var form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return app.http
                .send(
                        HttpRequest.newBuilder(URI.create(app.base + "/sync"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
