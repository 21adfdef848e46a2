package io.sellercenter.bench;

import java.util.Arrays;
import java.util.List;

/** Medians of runs and percentiles of latencies. */
final class Stats {

    private Stats() {}

    static double median(List<Double> values) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The p-th percentile (0–100) of nanosecond samples, in milliseconds (nearest rank). */
    static double percentileMs(long[] nanos, double p) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static double round(double value, int digits) {
        var scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
