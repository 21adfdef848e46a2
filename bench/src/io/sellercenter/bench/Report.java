package io.sellercenter.bench;

import java.util.Map;

/** The readable table of a result: each figure beside its target and, where there is one, its limit. */
final class Report {

    private Report() {}

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> r) {
        var ship = (Map<String, Object>) r.get("batchShip");
        var labels = (Map<String, Object>) r.get("labels");
        var api = (Map<String, Object>) r.get("apiLoad");
        var list = (Map<String, Object>) r.get("orderList");
        var cold = (Map<String, Object>) r.get("coldStart");
        var c1 = (Map<String, Object>) api.get("concurrency1");
        var c16 = (Map<String, Object>) api.get("concurrency16");
        var c64 = (Map<String, Object>) api.get("concurrency64");
        var s = new StringBuilder();
        var machine = (Map<String, Object>) r.get("machine");
        s.append("Measured ")
                .append(r.get("measuredAt"))
                .append(" on ")
                .append(machine.get("cores"))
                .append(" cores, ")
                .append(machine.get("java"))
                .append(
                        Boolean.TRUE.equals(machine.get("durableDatabase"))
                                ? ", durable database (fsync on)"
                                : ", database without fsync")
                .append("; medians of ")
                .append(ship.get("runs"))
                .append(" runs; whole run ")
                .append(r.get("totalSeconds"))
                .append(" s.\n\n");
        s.append("| workload | figure | measured | target | limit | ours ÷ limit | met |\n");
        s.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        row(
                s,
                "1. batch ship " + ship.get("orders") + " orders / " + ship.get("sellers") + " sellers",
                "orders/s",
                ship.get("ordersPerSecond"),
                "≥ 2,000 and ≥ ½ limit",
                ship.get("limitOrdersPerSecond"),
                ship.get("oursOverLimit"),
                num(ship.get("ordersPerSecond")) >= 2000 && num(ship.get("oursOverLimit")) >= 0.5);
        row(
                s,
                "",
                "create / notices, orders/s",
                ship.get("createOrdersPerSecond") + " / " + ship.get("noticeOrdersPerSecond"),
                "",
                "",
                "",
                null);
        row(s, "", "time per 1,000 (ms)", ship.get("msPer1000"), "", "", "", null);
        row(
                s,
                "",
                "peak heap growth (MB, after GC)",
                ship.get("peakHeapGrowthMb") + " (" + ship.get("peakHeapAfterGcGrowthMb") + ")",
                "",
                "",
                "",
                null);
        row(
                s,
                "2. labels " + labels.get("labels") + " in one streamed PDF",
                "labels/s",
                labels.get("labelsPerSecond"),
                "≥ 2,000 and ≥ ½ limit",
                labels.get("limitLabelsPerSecond"),
                labels.get("oursOverLimit"),
                num(labels.get("labelsPerSecond")) >= 2000 && num(labels.get("oursOverLimit")) >= 0.5);
        row(
                s,
                "",
                "live heap growth while streaming (MB)",
                labels.get("liveHeapGrowthMb"),
                "≤ 128",
                "",
                "",
                num(labels.get("liveHeapGrowthMb")) <= 128);
        row(
                s,
                "",
                "peak heap growth, garbage included (MB, after young GC)",
                labels.get("peakHeapGrowthMb") + " (" + labels.get("peakHeapAfterGcGrowthMb") + ")",
                "",
                "",
                "",
                null);
        row(
                s,
                "",
                "labels/s against the same pages in the labels' CJK font (embedded)",
                labels.get("labelsPerSecond"),
                "",
                labels.get("limitWithCjkFontLabelsPerSecond"),
                labels.get("oursOverLimitWithCjkFont"),
                null);
        row(s, "", "bytes per label", labels.get("bytesPerLabel"), "", "", "", null);
        apiRow(s, 1, c1, null);
        apiRow(s, 16, c16, num(c16.get("p99Ms")) <= 50);
        apiRow(s, 64, c64, null);
        row(
                s,
                "4. order list, " + list.get("ordersInDatabase") + " orders",
                "p50 / p99 (ms)",
                list.get("p50Ms") + " / " + list.get("p99Ms"),
                "p99 ≤ 20",
                "",
                "",
                num(list.get("p99Ms")) <= 20);
        row(
                s,
                "",
                "the order list page, filters and tab counts: p50 / p99 (ms)",
                list.get("pageP50Ms") + " / " + list.get("pageP99Ms"),
                "p99 ≤ 50",
                "",
                "",
                num(list.get("pageP99Ms")) <= 50);
        var pages = (Map<String, Object>) r.get("pages");
        row(
                s,
                "6. workspace pages, demo size",
                "worst p99 of " + ((Map<String, Object>) pages.get("pages")).size() + " pages (ms)",
                pages.get("worstP99Ms"),
                "≤ 300",
                "",
                "",
                num(pages.get("worstP99Ms")) <= 300);
        var gateway = (Map<String, Object>) r.get("gateway");
        row(
                s,
                "7. open-platform gateway, order detail, c=16",
                "calls/s gateway / REST; CPU ms per call gateway / REST",
                gateway.get("gatewayCallsPerSecond") + " / " + gateway.get("restCallsPerSecond") + "; "
                        + gateway.get("gatewayCpuMsPerCall") + " / " + gateway.get("restCpuMsPerCall"),
                "CPU overhead < 20 %",
                "",
                "",
                num(gateway.get("gatewayCpuOverheadPercent")) < 20);
        var aot = (Map<String, Object>) r.get("coldStartAotCache");
        row(
                s,
                "5. cold start of the jar",
                "`java -jar`: first start / restart (s)",
                cold.get("firstStartSeconds") + " / " + cold.get("restartSeconds"),
                aot == null ? "≤ 10" : "",
                "",
                "",
                aot == null ? num(cold.get("firstStartSeconds")) <= 10 : null);
        if (aot != null) {
            row(
                    s,
                    "",
                    "extracted, JDK AOT cache: first start / restart (s)",
                    aot.get("firstStartSeconds") + " / " + aot.get("restartSeconds"),
                    "≤ 10",
                    "",
                    "",
                    num(aot.get("firstStartSeconds")) <= 10);
        }
        return s.toString();
    }

    private static void apiRow(StringBuilder s, int c, Map<String, Object> level, Boolean met) {
        row(
                s,
                c == 1 ? "3. API: logistics order + notice" : "",
                "c=" + c + ": req/s, p50 / p99 (ms)",
                level.get("requestsPerSecond") + ", " + level.get("p50Ms") + " / " + level.get("p99Ms"),
                c == 16 ? "p99 ≤ 50" : "",
                "",
                "",
                met);
    }

    private static void row(
            StringBuilder s,
            String workload,
            String figure,
            Object value,
            String target,
            Object limit,
            Object ratio,
            Boolean met) {
        s.append("| ")
                .append(workload)
                .append(" | ")
                .append(figure)
                .append(" | ")
                .append(value)
                .append(" | ")
                .append(target)
                .append(" | ")
                .append(limit)
                .append(" | ")
                .append(ratio)
                .append(" | ")
                .append(met == null ? "" : met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
