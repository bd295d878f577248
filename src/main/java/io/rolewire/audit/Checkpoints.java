package io.rolewire.audit;

import java.util.List;
import java.util.Optional;

/** Signed checkpoints of the record's head, made on a schedule and on demand. */
public interface Checkpoints {

    /** Signs the head as it is now and writes it to the sink; empty when nothing changed since the last one. */
    Optional<Checkpoint> checkpointNow();

    /** The latest checkpoints, newest first. */
    List<Checkpoint> latest(int limit);

    /** The public key that verifies them: X.509 SubjectPublicKeyInfo, PEM. */
    String publicKeyPem();

    /** First 8 bytes of the SHA-256 of the public key, hex: how a checkpoint names its key. */
    String keyId();
}
