package io.rolewire.audit.internal;

import io.rolewire.audit.Checkpoint;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A checkpoint as a verifier reads it: from the signed text only (what the signature covers), never from
 * fields next to it. {@link #check} says, in one sentence, why a checkpoint is not to be trusted.
 */
record SignedCheckpoint(Checkpoint checkpoint) {

    /** A checkpoint as a file holds it (the sink, a run proof, an export): the signed text, then its signature. */
    static String fileText(Checkpoint checkpoint) {
        return checkpoint.fileText();
    }

    /** The checkpoint of a sink file (DirectoryCheckpointSink): the signed text, then "signature BASE64". */
    static SignedCheckpoint parseFile(String file) {
        int at = file.lastIndexOf("signature ");
        if (at < 0) {
            throw new IllegalArgumentException("the checkpoint has no signature line");
        }
        return parse(
                file.substring(0, at),
                file.substring(at + "signature ".length()).strip());
    }

    /** Reads the five fields of the signed text; refuses anything that is not exactly what Rolewire signs. */
    static SignedCheckpoint parse(String signedText, String signature) {
        String[] lines = signedText.split("\n", -1);
        if (lines.length != 7 || !lines[0].equals("rolewire-checkpoint/1")) {
            throw new IllegalArgumentException("the checkpoint's signed text is not rolewire-checkpoint/1");
        }
        try {
            long size = Long.parseLong(value(lines[1], "tree-size"));
            String root = value(lines[2], "root");
            String head = value(lines[3], "chain-head");
            Instant issued = Instant.parse(value(lines[4], "issued-at"));
            String keyId = value(lines[5], "key");
            if (!Checkpoint.text(size, root, head, issued, keyId).equals(signedText)) {
                throw new IllegalArgumentException("the checkpoint's signed text is not in Rolewire's form");
            }
            return new SignedCheckpoint(new Checkpoint(size, root, head, issued, keyId, signedText, signature));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("the checkpoint's signed text has an unreadable value", e);
        }
    }

    /** Empty when {@code key} signed this text; otherwise what failed. */
    Optional<String> check(PublicKey key) {
        String keyId = CheckpointKey.keyId(key);
        if (!keyId.equals(checkpoint.keyId())) {
            return Optional.of("the checkpoint was signed by key " + checkpoint.keyId() + ", the public key given is "
                    + keyId + " (wrong public key)");
        }
        if (!CheckpointKey.verifies(key, checkpoint.signedText(), checkpoint.signature())) {
            return Optional.of("the checkpoint's signature does not verify with key " + keyId
                    + " (the signed text or the signature was altered)");
        }
        return Optional.empty();
    }

    private static String value(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("the checkpoint's signed text has no " + name + " line");
        }
        return line.substring(name.length() + 1);
    }
}
