package io.sellercenter.openplatform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's signature: upper-case hex HMAC-SHA256 with the app secret over the parameters sorted by name as
 * {@code name + value}, {@code sign} left out, the API path first for {@code /rest} calls. The platform's SDKs differ on
 * empty values (the Java SDK leaves them out, the Node.js SDK signs the bare name), so both are accepted.
 */
public final class CallSignature {

    public static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(15);
    private static final ZoneId GMT8 = ZoneId.of("GMT+8");
    private static final DateTimeFormatter OLD_SDK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CallSignature() {}

    /** The signature of these parameters; {@code apiPath} is null for {@code /sync} calls. */
    public static String sign(String secret, String apiPath, Map<String, String> params, boolean keepEmpty) {
        var text = new StringBuilder(apiPath == null ? "" : apiPath);
        new TreeMap<>(params).forEach((name, value) -> {
            if (!"sign".equals(name) && (keepEmpty || (value != null && !value.isEmpty()))) {
                text.append(name).append(value == null ? "" : value);
            }
        });
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, String apiPath, Map<String, String> params, String sign) {
        var given = sign.toUpperCase().getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(sign(secret, apiPath, params, false).getBytes(StandardCharsets.US_ASCII), given)) {
            return true;
        }
        return params.values().stream().anyMatch(v -> v == null || v.isEmpty())
                && MessageDigest.isEqual(
                        sign(secret, apiPath, params, true).getBytes(StandardCharsets.US_ASCII), given);
    }

    /** Epoch milliseconds, or {@code yyyy-MM-dd HH:mm:ss} in GMT+8 as older SDKs send; empty when neither. */
    static Optional<Instant> timestamp(String value) {
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() <= 15) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        try {
            return Optional.of(
                    LocalDateTime.parse(value, OLD_SDK_TIME).atZone(GMT8).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
