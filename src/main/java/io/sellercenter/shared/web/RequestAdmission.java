package io.sellercenter.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a bounded number of requests work at once, the rest wait their turn first come, first served.
 * Run all requests at once on a few cores and the database, and each gets a thin, uneven slice and
 * latency spreads (BENCHMARKS.md: p99 at concurrency 16 fell by
 * a third). The default, twice the cores, follows HikariCP's pool sizing; raise it for a database
 * on another host, whose round trips leave the cores idle.
 *
 * <p>A turn is taken once the body has arrived (up to {@link #READ_AHEAD}), so a slow client holds
 * none while it sends; uploads, which stream to storage, do not wait for a turn. The turn is given back once the
 * response outgrows its buffer ({@link TurnReturningResponse}), so a slow client holds none while it downloads either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestAdmission extends OncePerRequestFilter {

    static final int READ_AHEAD = 256 * 1024;

    private final Semaphore turns;

    RequestAdmission(@Value("${sellercenter.http.concurrent-requests:0}") int concurrent) {
        this.turns = new Semaphore(
                concurrent > 0 ? concurrent : 2 * Runtime.getRuntime().availableProcessors(), true);
    }

    /** Turns free now; all of them once no request works. */
    int freeTurns() {
        return turns.availablePermits();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var admitted = request;
        if (StringUtils.startsWithIgnoreCase(request.getContentType(), MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            request.getParameterMap(); // the container reads the form now
        } else if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            var in = request.getInputStream();
            var length = request.getContentLengthLong();
            // a body whose length is known is read into one array of its size, not 16 KB buffers
            var head = in.readNBytes(length >= 0 && length < READ_AHEAD ? (int) length : READ_AHEAD);
            admitted = new BufferedBodyRequest(request, head, in, length);
        }
        turns.acquireUninterruptibly();
        var held = new AtomicBoolean(true);
        Runnable giveBack = () -> {
            if (held.compareAndSet(true, false)) {
                turns.release();
            }
        };
        try {
            chain.doFilter(admitted, new TurnReturningResponse(response, giveBack));
        } finally {
            giveBack.run();
        }
    }
}
