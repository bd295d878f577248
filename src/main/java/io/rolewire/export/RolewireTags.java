package io.rolewire.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags Rolewire's own apply puts on every role it creates (aws module, SdkIamWrites): the export
 * tags the roles it creates the same way, so "roles Rolewire created for this run" means the same
 * whichever way the wiring was applied.
 */
final class RolewireTags {

    static final String MANAGED_BY_KEY = "rolewire:managed-by";
    static final String MANAGED_BY_VALUE = "rolewire";
    static final String RUN_ID_KEY = "rolewire:run-id";

    private RolewireTags() {}

    static Map<String, String> of(long runId) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(MANAGED_BY_KEY, MANAGED_BY_VALUE);
        tags.put(RUN_ID_KEY, String.valueOf(runId));
        return tags;
    }

    /** The Sid our statement carries in a merged trust policy: letters and digits only, as IAM wants. */
    static String statementSid(long runId) {
        return "RolewireRun" + runId;
    }
}
