package io.sellercenter.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap growth during a workload, in the same JVM: the highest heap in use sampled every 5 ms
 * (garbage included) and the highest heap still in use right after a collection (closer to what
 * the workload keeps alive), both above the level after a full collection at the start.
 */
final class HeapProbe implements AutoCloseable {

    record Growth(double peakUsedMb, double peakAfterGcMb) {}

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    private final long baseline;
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread sampler;
    private final List<Runnable> unregister = new ArrayList<>();
    private volatile boolean running = true;

    HeapProbe() {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        baseline = memory.getHeapMemoryUsage().getUsed();
        peakUsed.set(baseline);
        peakAfterGc.set(baseline);
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (notification
                            .getType()
                            .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        // the map also holds the non-heap pools (metaspace, code cache): heap pools only
                        var after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed())
                                .sum();
                        peakAfterGc.accumulateAndGet(after, Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unregister.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    Growth growth() {
        return new Growth(mb(peakUsed.get() - baseline), mb(Math.max(0, peakAfterGc.get() - baseline)));
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unregister.forEach(Runnable::run);
    }

    /** Heap in use right after a full collection: what is alive now. */
    static long liveBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static double mb(long bytes) {
        return Stats.round(bytes / 1024.0 / 1024.0, 1);
    }
}
