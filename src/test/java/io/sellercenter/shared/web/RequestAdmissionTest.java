package io.sellercenter.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestAdmissionTest {

    @Test
    void noMoreRequestsWorkAtOnceThanAdmittedAndTheOthersAllGetTheirTurn() throws Exception {
        var admission = new RequestAdmission(2);
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        var done = new AtomicInteger();
        var gate = new CountDownLatch(1);
        FilterChain chain = (request, response) -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            inside.decrementAndGet();
            done.incrementAndGet();
        };
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var requests = new ArrayList<Future<?>>();
            for (int i = 0; i < 8; i++) {
                requests.add(pool.submit(() -> {
                    admission.doFilter(
                            new MockHttpServletRequest("POST", "/api/v1/x"), new MockHttpServletResponse(), chain);
                    return null;
                }));
            }
            while (inside.get() < 2) {
                Thread.onSpinWait();
            }
            assertThat(done).hasValue(0);
            gate.countDown();
            for (var request : requests) {
                request.get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(done).hasValue(8);
        assertThat(most).hasValue(2);
    }

    @Test
    void aDownloadGivesItsTurnBackOnceCommittedSoASlowClientHoldsUpNobody() throws Exception {
        var admission = new RequestAdmission(1);
        var committed = new CountDownLatch(1);
        var slowClient = new CountDownLatch(1);
        FilterChain download = (request, response) -> {
            var out = response.getOutputStream();
            out.write(new byte[64 * 1024]);
            committed.countDown();
            try {
                slowClient.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            out.write(new byte[64 * 1024]);
        };
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var downloading = pool.submit(() -> {
                var response = new MockHttpServletResponse();
                admission.doFilter(new MockHttpServletRequest("GET", "/api/v1/documents/1"), response, download);
                return response.getContentAsByteArray().length;
            });
            committed.await();

            try {
                var served = new AtomicInteger();
                pool.submit(() -> {
                            admission.doFilter(
                                    new MockHttpServletRequest("GET", "/api/v1/me"),
                                    new MockHttpServletResponse(),
                                    (request, response) -> served.incrementAndGet());
                            return null;
                        })
                        .get(30, TimeUnit.SECONDS);
                assertThat(served).hasValue(1);
            } finally {
                slowClient.countDown();
            }
            assertThat(downloading.get(30, TimeUnit.SECONDS)).isEqualTo(128 * 1024);
        }
        assertThat(admission.freeTurns())
                .as("the turn came back once, not twice")
                .isEqualTo(1);
    }

    @Test
    void anAnswerThatFitsTheBufferKeepsItsTurnToTheEndEvenWhenFlushed() throws Exception {
        var admission = new RequestAdmission(1);
        var freeAfterFlush = new AtomicInteger(-1);
        admission.doFilter(new MockHttpServletRequest("GET", "/api/v1/me"), new MockHttpServletResponse(), (q, r) -> {
            r.getOutputStream().write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
            r.getOutputStream().flush();
            freeAfterFlush.set(admission.freeTurns());
        });
        assertThat(freeAfterFlush).hasValue(0);
        assertThat(admission.freeTurns()).isEqualTo(1);
    }

    @Test
    void aFailedRequestGivesItsTurnBack() throws Exception {
        var admission = new RequestAdmission(1);
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> admission.doFilter(
                        new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), failing))
                .hasMessage("boom");

        var served = new AtomicInteger();
        admission.doFilter(
                new MockHttpServletRequest("GET", "/"),
                new MockHttpServletResponse(),
                (request, response) -> served.incrementAndGet());
        assertThat(served).hasValue(1);
        assertThat(admission.freeTurns()).isEqualTo(1);
    }

    @Test
    void theBodyIsReadBeforeTheTurnAndHandedOnWhole() throws Exception {
        var admission = new RequestAdmission(1);
        var body = new byte[RequestAdmission.READ_AHEAD + 10_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        var request = new MockHttpServletRequest("POST", "/api/v1/x");
        request.setContentType("application/json");
        request.setContent(body);
        var seen = new byte[1][];
        admission.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> seen[0] = req.getInputStream().readAllBytes());
        assertThat(seen[0]).isEqualTo(body);
    }

    @Test
    void aFormIsReadByTheContainerBeforeTheTurn() throws Exception {
        var admission = new RequestAdmission(1);
        var request = new MockHttpServletRequest("POST", "/warehouses");
        request.setContentType("application/x-www-form-urlencoded");
        request.setParameter("name", "深圳仓");
        var seen = new String[1];
        admission.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen[0] = req.getParameter("name"));
        assertThat(seen[0]).isEqualTo("深圳仓");
    }
}
