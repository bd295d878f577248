package io.rolewire.audit.internal;

import io.rolewire.wiring.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs checkpoints, from the JDK. Loaded from a PKCS#8 PEM file; the embedded
 * default generates one on first start and keeps it with the data (owner-only permissions).
 */
final class CheckpointKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** The key in {@code file}, made there first when the file does not exist and {@code generate} is true. */
    static CheckpointKey loadOrCreate(Path file, boolean generate) {
        try {
            if (!Files.exists(file)) {
                if (!generate) {
                    throw new IllegalStateException(
                            "no checkpoint key at " + file
                                    + " (rolewire.audit.checkpoint-key-file); generate one with openssl genpkey -algorithm ed25519");
                }
                write(file, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
            }
            return new CheckpointKey(read(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint key at " + file + " is not an Ed25519 PKCS#8 key", e);
        }
    }

    String sign(String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    String keyId() {
        return keyId(publicKey);
    }

    /** How a checkpoint names its key: the first 8 bytes of the SHA-256 of the encoded public key, hex. */
    static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(Sha256.digest(key.getEncoded()), 0, 8);
    }

    /**
     * The Ed25519 public key of a PEM text (the PUBLIC KEY block, alone or next to the private one), for a
     * verifier that holds no private key.
     *
     * @throws GeneralSecurityException when there is no such block or it is not an Ed25519 key
     */
    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY")));
        } catch (IllegalArgumentException notBase64) {
            throw new GeneralSecurityException("the PUBLIC KEY block is not base64", notBase64);
        }
    }

    /** Whether {@code signature} (base64) is {@code key}'s Ed25519 signature of the text's UTF-8 bytes; never throws. */
    static boolean verifies(PublicKey key, String text, String signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature.strip()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException unreadable) {
            return false;
        }
    }

    /**
     * Both halves, each in its PEM block: the JDK cannot derive an Ed25519 public key from the
     * private one, so the file keeps both ({@code openssl pkey -in key.pem -pubout >> key.pem}).
     */
    private static KeyPair read(String pem) throws GeneralSecurityException {
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY")));
        PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(block(pem, "PUBLIC KEY")));
        return new KeyPair(publicKey, privateKey);
    }

    private static byte[] block(String pem, String type) throws GeneralSecurityException {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new GeneralSecurityException("no " + type + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static void write(Path file, KeyPair pair) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "checkpoint-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions: the data directory's own protection applies
        }
        String text = pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
