package io.rolewire.audit.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

/**
 * {@code verify FILE --public-key KEY.pem}: no database, no server, no Spring. Exit 0 "intact", 1 what
 * failed, 2 bad usage; a message, never a stack trace. FILE is a checkpoint file of the sink, a run's proof
 * ({@code proof.json}) or a run's events export (CSV or JSON Lines): each is checked against its signed
 * checkpoint, and the first record that differs is named.
 */
public final class VerifyCommand {

    static final String USAGE =
            "usage: verify FILE --public-key KEY.pem  (FILE: a checkpoint, a run proof or a run events export)";

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
        Verdict verdict = check(file, key);
        if (!verdict.ok()) {
            out.println(args[0] + ": " + verdict.message());
            return 1;
        }
        out.println("intact");
        out.println(verdict.message());
        return 0;
    }

    /** Empty when intact; the checkpoint file, run proof or events export is told apart by its first bytes. */
    private static Verdict check(String file, PublicKey key) {
        try {
            if (file.startsWith("rolewire-checkpoint/1\n")) {
                return SignedCheckpoint.parseFile(file)
                        .check(key)
                        .map(Verdict::failed)
                        .orElse(Verdict.intact("a checkpoint of the record"));
            }
            ProvenRecord record = provenRecord(file);
            return ProvenRecordCheck.firstDifference(record, key)
                    .map(Verdict::failed)
                    .orElse(Verdict.intact(ProvenRecordCheck.summary(record)));
        } catch (IllegalArgumentException unreadable) {
            return Verdict.failed(unreadable.getMessage());
        }
    }

    private static ProvenRecord provenRecord(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        // an events export's first line is a whole JSON object; a run proof's (pretty-printed) is not
        if (text.startsWith("{")) {
            return ProvenRecordFiles.readJson(text);
        }
        if (text.startsWith(String.join(",", ProvenRecordFiles.CSV_HEADER))) {
            return ProvenRecordFiles.readCsv(text);
        }
        throw new IllegalArgumentException(
                "not a Rolewire checkpoint file, run proof (proof.json) or run events export (events.csv, events.jsonl)");
    }

    private record Verdict(boolean ok, String message) {
        static Verdict intact(String what) {
            return new Verdict(true, what);
        }

        static Verdict failed(String what) {
            return new Verdict(false, what);
        }
    }
}
