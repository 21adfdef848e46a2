package io.sellercenter.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/** The reader's time zone, as the page's script put it in the {@code tz} cookie; UTC without it. */
public final class ReaderZone {

    private ReaderZone() {}

    public static ZoneId of(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return ZoneOffset.UTC;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> c.getName().equals("tz"))
                .findFirst()
                .map(c -> {
                    try {
                        return ZoneId.of(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException unknown) {
                        return (ZoneId) ZoneOffset.UTC;
                    }
                })
                .orElse(ZoneOffset.UTC);
    }
}
