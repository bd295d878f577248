package io.rolewire.apply.internal;

import java.util.List;

/**
 * One resource as read from its account.
 *
 * @param id what identifies it beyond its name (RoleId, revision ARN, profile ARN), null when absent
 * @param document canonical JSON of its document, null when absent or without one
 * @param members for an instance profile: its roles; for an attachment: every managed policy of the role
 */
record LiveResource(boolean present, String id, String document, List<String> members, String requestId) {

    static final LiveResource ABSENT = new LiveResource(false, null, null, List.of(), null);

    LiveResource {
        members = List.copyOf(members);
    }

    static LiveResource of(String id, String document, String requestId) {
        return new LiveResource(true, id, document, List.of(), requestId);
    }
}
