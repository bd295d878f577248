package io.rolewire.apply.internal;

import io.rolewire.runs.ActingUser;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who asked for an apply, kept with its lease (db-scheduler's task data) so that the instance that
 * runs or resumes it acts in that person's name, as the one that accepted the request would have.
 */
final class Requester {

    /** The application itself, for what no person asked (recovery, resumption). */
    static final ActingUser SYSTEM = ActingUser.of("rolewire", ActingUser.ADMIN);

    private Requester() {}

    /** The lease's data for a launch without a fresh start (a retry, a resumption). */
    static String encode(ActingUser user) {
        return user.username() + "\t" + String.join(",", new TreeSet<>(user.roles()));
    }

    /** The lease's data: the requester, and the launch whose {@link FreshStarts fresh start} it may use. */
    static String encode(ActingUser user, String launch) {
        return encode(user) + "\t" + launch;
    }

    static ActingUser decode(String data) {
        if (data == null || !data.contains("\t")) {
            return SYSTEM;
        }
        String[] parts = data.split("\t", 3);
        Set<String> roles = new TreeSet<>(Arrays.asList(parts[1].split(",")));
        roles.remove("");
        return new ActingUser(parts[0], roles);
    }

    /** The launch the lease was offered by, when it has one. */
    static String launchOf(String data) {
        String[] parts = data == null ? new String[0] : data.split("\t", 3);
        return parts.length == 3 ? parts[2] : null;
    }
}
