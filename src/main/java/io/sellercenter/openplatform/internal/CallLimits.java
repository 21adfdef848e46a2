package io.sellercenter.openplatform.internal;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Each app's calls per minute, as a token bucket per app in this process (the platform's {@code AppCallLimited}). */
@Component
class CallLimits {

    private static final class Bucket {
        final int perMinute;
        double tokens;
        long refilledAt = System.nanoTime();

        Bucket(int perMinute) {
            this.perMinute = perMinute;
            this.tokens = perMinute;
        }

        synchronized boolean take() {
            var now = System.nanoTime();
            tokens = Math.min(perMinute, tokens + (now - refilledAt) / 60e9 * perMinute);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    boolean take(long appId, int perMinute) {
        return buckets.compute(appId, (id, b) -> b == null || b.perMinute != perMinute ? new Bucket(perMinute) : b)
                .take();
    }
}
