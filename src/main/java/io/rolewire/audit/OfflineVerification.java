package io.rolewire.audit;

import io.rolewire.audit.internal.VerifyCommand;
import java.io.PrintStream;

/** The {@code verify} command of the application's jar: runs before, and instead of, Spring. */
public final class OfflineVerification {

    private OfflineVerification() {}

    /** Exit code: 0 intact, 1 something differs (said on {@code out}), 2 bad usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return VerifyCommand.run(args, out, err);
    }
}
