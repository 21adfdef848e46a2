package io.sellercenter.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of a request body in lower-case hex, as carriers, warehouses and payment providers sign what they send. */
public final class BodySignature {

    private BodySignature() {}

    public static String hex(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses (401 INVALID_SIGNATURE) a body not signed with {@code secret}; no secret configured refuses all. */
    public static void verify(String secret, byte[] body, String signature) {
        if (secret == null
                || secret.isEmpty()
                || signature == null
                || !MessageDigest.isEqual(
                        hex(secret, body).getBytes(StandardCharsets.US_ASCII),
                        signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidSignatureException();
        }
    }

    public static class InvalidSignatureException extends DomainException {
        public InvalidSignatureException() {
            super("INVALID_SIGNATURE");
        }

        @Override
        public int status() {
            return 401;
        }
    }
}
