package io.rolewire.audit.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Optional;

/**
 * {@code verify FILE --public-key KEY.pem}: no database, no server, no Spring. Exit 0 "intact", 1 what
 * failed, 2 bad usage; a message, never a stack trace. This version checks a checkpoint file of the sink;
 * run proofs and event exports are the next step (docs/adr/008).
 */
public final class VerifyCommand {

    static final String USAGE = "usage: verify FILE --public-key KEY.pem";

    private VerifyCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[1].equals("--public-key")) {
            err.println(USAGE);
            return 2;
        }
        String file;
        PublicKey key;
        try {
            file = Files.readString(Path.of(args[0]));
            key = CheckpointKey.publicKey(Files.readString(Path.of(args[2])));
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (GeneralSecurityException e) {
            err.println(args[2] + " is not an Ed25519 public key (PEM): " + e.getMessage());
            return 2;
        }
        Optional<String> failure = check(file, key);
        if (failure.isPresent()) {
            out.println(args[0] + ": " + failure.get());
            return 1;
        }
        out.println("intact");
        return 0;
    }

    private static Optional<String> check(String file, PublicKey key) {
        if (!file.startsWith("rolewire-checkpoint/1\n")) {
            return Optional.of("not a Rolewire checkpoint file (this version verifies checkpoint files only)");
        }
        try {
            return SignedCheckpoint.parseFile(file).check(key);
        } catch (IllegalArgumentException unreadable) {
            return Optional.of(unreadable.getMessage());
        }
    }
}
