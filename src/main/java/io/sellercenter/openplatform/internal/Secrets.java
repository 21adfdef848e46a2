package io.sellercenter.openplatform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Random app keys, secrets and tokens, and the SHA-256 under which tokens and codes are kept. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    /** A numeric app key of nine digits, as the platform's look. */
    static String appKey() {
        return String.valueOf(100_000_000 + RANDOM.nextInt(900_000_000));
    }

    /** {@code bytes} random bytes in upper-case hex. */
    static String random(int bytes) {
        var b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().withUpperCase().formatHex(b);
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
