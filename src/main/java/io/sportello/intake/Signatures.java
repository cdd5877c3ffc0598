package io.sportello.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 signatures as webhooks use them ({@code sha256=<hex>}), compared in constant time. */
final class Signatures {

    private Signatures() {
    }

    static String sign(String secret, byte[] content) {
        return "sha256=" + hmac(secret, content);
    }

    /** The HMAC-SHA256 of the content under the secret, in hex. */
    static String hmac(String secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, byte[] content, String signature) {
        if (secret == null || secret.isBlank() || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, content).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The signed content of the generic webhook: timestamp, a dot, the raw body (binds the time to the body). */
    static byte[] timestamped(String timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }
}
