package io.rolewire.aws.internal;

import java.util.regex.Pattern;

/** STS role session names: what CloudTrail shows in the destination account for every call. */
final class SessionNames {

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\w+=,.@-]");
    private static final int MAX_LENGTH = 64;

    private SessionNames() {}

    /** {@code rolewire-run-<runId>}, cut to STS's alphabet and length; {@code rolewire} outside a run. */
    static String forRun(String runId) {
        if (runId == null || runId.isBlank()) {
            return "rolewire";
        }
        String name = NOT_ALLOWED.matcher("rolewire-run-" + runId).replaceAll("-");
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
