package io.rolewire.audit.proof;

import io.rolewire.wiring.Sha256;
import java.security.MessageDigest;
import java.util.HexFormat;

/** RFC 6962 leaf and node hashes and the event chain, over the application's one SHA-256 helper. */
public final class Hashes {

    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {}

    public static byte[] sha256(byte[]... parts) {
        MessageDigest digest = digest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** RFC 6962 leaf hash: SHA-256(0x00 || leafBytes). */
    public static byte[] leafHash(byte[] leafBytes) {
        return sha256(new byte[] {0}, leafBytes);
    }

    /** RFC 6962 interior node hash: SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    /** Event chain: SHA-256(previousHash || leafHash); the first previousHash is 32 zero bytes. */
    public static byte[] chainHash(byte[] previousHash, byte[] leafHash) {
        return sha256(previousHash, leafHash);
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Parses 64 hex digits; returns null for anything else so callers report a difference, not a crash. */
    public static byte[] parseHash(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static MessageDigest digest() {
        return Sha256.newDigest();
    }
}
