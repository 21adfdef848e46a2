package io.sellercenter.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallSignatureTest {

    private static final int CASES = 2_000;

    @Test
    @DisplayName("Signs as the platform's Node.js SDK does: known answers for a /sync and a /rest call")
    void knownAnswers() {
        var sync = Map.of(
                "app_key", "123456789",
                "method", "aliexpress.solution.order.get",
                "timestamp", "1700000000000",
                "sign_method", "sha256",
                "session", "ABC",
                "param0", "{\"page_size\":20}");
        assertThat(CallSignature.sign("helloworld", null, sync, false))
                .isEqualTo("90FFFF794DC30A8F2CF29B67357A86F3371A90C71A5FE78A1665547FED636BBD");
        var rest = Map.of(
                "app_key", "123456789",
                "method", "/auth/token/create",
                "timestamp", "1700000000000",
                "sign_method", "sha256",
                "code", "XYZ");
        assertThat(CallSignature.sign("helloworld", "/auth/token/create", rest, false))
                .isEqualTo("A0218307901A1A4A6A2EF3971D4824B4FA791013406B86DF507DF51BB9087D4E");
    }

    @Test
    @DisplayName(
            "Generated calls: the order parameters come in never matters, any changed value or secret does, sign is left out")
    void generatedCalls() {
        var random = new Random(20);
        for (int n = 0; n < CASES; n++) {
            var params = params(random);
            var secret = Long.toHexString(random.nextLong());
            var signature = CallSignature.sign(secret, null, params, false);

            var keys = new ArrayList<>(params.keySet());
            Collections.shuffle(keys, random);
            var shuffled = new LinkedHashMap<String, String>();
            keys.forEach(k -> shuffled.put(k, params.get(k)));
            shuffled.put("sign", signature);
            assertThat(CallSignature.matches(secret, null, shuffled, signature.toLowerCase()))
                    .isTrue();

            var changed = new HashMap<>(params);
            var key = keys.get(random.nextInt(keys.size()));
            changed.put(key, changed.get(key) + (char) ('a' + random.nextInt(26)));
            assertThat(CallSignature.matches(secret, null, changed, signature)).isFalse();
            assertThat(CallSignature.matches(secret + "x", null, params, signature))
                    .isFalse();
            assertThat(CallSignature.matches(secret, "/auth/token/create", params, signature))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("An empty parameter signs either way: left out (Java SDK) or as its bare name (Node.js SDK)")
    void emptyValues() {
        var random = new Random(7);
        for (int n = 0; n < CASES / 10; n++) {
            var params = params(random);
            params.put("empty_" + n, "");
            assertThat(CallSignature.matches("s3cret", null, params, CallSignature.sign("s3cret", null, params, false)))
                    .isTrue();
            assertThat(CallSignature.matches("s3cret", null, params, CallSignature.sign("s3cret", null, params, true)))
                    .isTrue();
        }
    }

    @Test
    @DisplayName("Timestamps: epoch milliseconds, or GMT+8 wall time as older SDKs send; anything else is not a time")
    void timestamps() {
        var random = new Random(3);
        var gmt8 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("GMT+8"));
        for (int n = 0; n < CASES; n++) {
            var at = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(400_000_000))
                    .truncatedTo(ChronoUnit.SECONDS);
            assertThat(CallSignature.timestamp(String.valueOf(at.toEpochMilli())))
                    .contains(at);
            assertThat(CallSignature.timestamp(gmt8.format(at))).contains(at);
        }
        assertThat(CallSignature.timestamp("yesterday")).isEmpty();
        assertThat(CallSignature.timestamp("2026-13-01 00:00:00")).isEmpty();
        assertThat(CallSignature.timestamp("99999999999999999999")).isEmpty();
    }

    private static Map<String, String> params(Random random) {
        var params = new HashMap<String, String>();
        var count = 3 + random.nextInt(10);
        for (int i = 0; i < count; i++) {
            var value = new StringBuilder();
            var length = 1 + random.nextInt(30);
            for (int c = 0; c < length; c++) {
                value.append((char) (random.nextBoolean() ? ' ' + random.nextInt(95) : 0x4E00 + random.nextInt(500)));
            }
            params.put("p" + i + "_" + (char) ('a' + random.nextInt(26)), value.toString());
        }
        return params;
    }
}
