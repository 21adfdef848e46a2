package io.sellercenter.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on any API POST: the same key with the same body replays the first
 * answer; with another body it is refused (422); while the first is still running, 409. Keys are
 * per caller and kept for a day. Runs after Spring Security, so the caller is known.
 */
@Component
@Order(0)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration KEPT = Duration.ofHours(24);
    private static final int MAX_BODY = 11 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final ProblemWriter problems;
    private final Clock clock;

    IdempotencyFilter(JdbcClient jdbc, ProblemWriter problems, Clock clock) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // printing labels changes nothing and streams its PDF: there is nothing to replay
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getRequestURI().equals(request.getContextPath() + "/api/v1/labels")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            problems.write(response, 400, "IDEMPOTENCY_KEY_INVALID");
            return;
        }
        var multipart = StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/");
        byte[] body = null;
        String hash;
        if (multipart) {
            try {
                hash = multipartHash(request);
            } catch (IllegalStateException | ServletException tooLargeOrMalformed) {
                problems.write(response, 413, "PAYLOAD_TOO_LARGE");
                return;
            }
        } else {
            var read = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (read.length > MAX_BODY) {
                problems.write(response, 413, "PAYLOAD_TOO_LARGE");
                return;
            }
            body = read;
            hash = hash(request, digest -> digest.update(read));
        }
        var scope = scope();
        var now = clock.instant();
        jdbc.sql("delete from idempotency_keys where scope = ? and idempotency_key = ? and created_at < ?")
                .params(scope, key, Timestamp.from(now.minus(KEPT)))
                .update();
        var claimed =
                jdbc.sql("""
                        insert into idempotency_keys (scope, idempotency_key, request_hash, created_at)
                        values (?, ?, ?, ?) on conflict do nothing""").params(scope, key, hash, Timestamp.from(now)).update();
        if (claimed == 0) {
            replay(scope, key, hash, response);
            return;
        }
        var recorded = new ContentCachingResponseWrapper(response);
        var completed = false;
        try {
            chain.doFilter(
                    multipart
                            ? request
                            : new BufferedBodyRequest(request, body, InputStream.nullInputStream(), body.length),
                    recorded);
            completed = recorded.getStatus() < 500;
        } finally {
            if (completed) {
                jdbc.sql(
                                "update idempotency_keys set status = ?, content_type = ?, body = ? where scope = ? and idempotency_key = ?")
                        .params(
                                recorded.getStatus(),
                                recorded.getContentType(),
                                recorded.getContentAsByteArray(),
                                scope,
                                key)
                        .update();
            } else {
                jdbc.sql("delete from idempotency_keys where scope = ? and idempotency_key = ?")
                        .params(scope, key)
                        .update();
            }
            recorded.copyBodyToResponse();
        }
    }

    private record Stored(String requestHash, Integer status, String contentType, byte[] body) {}

    private void replay(String scope, String key, String hash, HttpServletResponse response) throws IOException {
        var stored = jdbc.sql("""
                        select request_hash, status, content_type, body from idempotency_keys
                        where scope = ? and idempotency_key = ?""")
                .params(scope, key)
                .query((rs, n) ->
                        new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
                .optional();
        if (stored.isEmpty() || stored.get().status() == null) {
            problems.write(response, 409, "IDEMPOTENCY_KEY_IN_PROGRESS");
            return;
        }
        if (!stored.get().requestHash().equals(hash)) {
            problems.write(response, 422, "IDEMPOTENCY_KEY_REUSED");
            return;
        }
        response.setStatus(stored.get().status());
        response.setHeader("Idempotency-Replayed", "true");
        if (stored.get().contentType() != null) {
            response.setContentType(stored.get().contentType());
        }
        response.getOutputStream().write(stored.get().body());
    }

    private static String scope() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
    }

    /** Multipart bodies are hashed part by part: a retry may choose another boundary. */
    private static String multipartHash(HttpServletRequest request) throws IOException, ServletException {
        var parts = request.getParts();
        return hash(request, digest -> {
            for (var part : parts) {
                digest.update(
                        (part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (var in = part.getInputStream()) {
                    var buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) != -1; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        });
    }

    private interface Content {
        void into(MessageDigest digest) throws IOException;
    }

    private static String hash(HttpServletRequest request, Content content) throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            content.into(digest);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
