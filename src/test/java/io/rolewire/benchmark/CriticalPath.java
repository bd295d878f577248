package io.rolewire.benchmark;

import io.rolewire.testsupport.aws.ProxiedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The longest chain of recorded AWS calls that must wait for each other, weighted by each call's
 * recorded duration: the least wall time any implementation needs for the same calls at the same
 * latency. A call must wait for an earlier one (that ended before it started) when:
 *
 * <ul>
 *   <li>session: the earlier is an STS call of the same account (the credentials and the proof of the
 *       account come first) and the later is not STS, or is GetCallerIdentity after AssumeRole;
 *   <li>plan: the later is a write and the earlier a read made before the apply's first write (the
 *       live plan is checked against the approved one before anything is written);
 *   <li>resource: the earlier is a write of a resource (role, instance profile, task family) the
 *       later names, or whose role ARN the later's documents name (a trust or a task definition
 *       naming a new role waits for it); or the earlier reads a resource the later writes;
 *   <li>retry: the earlier is a failed attempt of the same action on the same resources (a read
 *       that finds nothing, NoSuchEntity or ECS's ClientException, is an answer, not a failure).
 * </ul>
 *
 * Two reads never wait for each other, and neither do calls of two accounts but through a resource.
 */
final class CriticalPath {

    private static final Set<String> STS = Set.of("AssumeRole", "GetCallerIdentity");
    private static final Set<String> NOT_FOUND = Set.of("NoSuchEntity", "ClientException");

    /** The chain, first call first, and its length. */
    record Chain(Duration length, List<ProxiedCall> calls) {

        String actions() {
            return String.join(
                    " > ",
                    calls.stream()
                            .map(c -> c.action() + (c.succeeded() ? "" : "(" + c.errorCode() + ")"))
                            .toList());
        }
    }

    private CriticalPath() {}

    static Chain of(List<ProxiedCall> recorded) {
        List<ProxiedCall> calls = recorded.stream()
                .sorted(Comparator.comparingLong(ProxiedCall::startNanos))
                .toList();
        long firstWrite = calls.stream()
                .filter(ProxiedCall::isWrite)
                .mapToLong(ProxiedCall::startNanos)
                .min()
                .orElse(Long.MAX_VALUE);
        Map<ProxiedCall, Long> finish = new HashMap<>();
        Map<ProxiedCall, ProxiedCall> after = new HashMap<>();
        for (ProxiedCall call : calls) {
            long longest = 0;
            for (ProxiedCall earlier : calls) {
                if (earlier.endNanos() <= call.startNanos()
                        && mustWait(earlier, call, firstWrite)
                        && finish.get(earlier) > longest) {
                    longest = finish.get(earlier);
                    after.put(call, earlier);
                }
            }
            finish.put(call, longest + call.endNanos() - call.startNanos());
        }
        ProxiedCall last =
                calls.stream().max(Comparator.comparingLong(finish::get)).orElse(null);
        List<ProxiedCall> chain = new ArrayList<>();
        for (ProxiedCall c = last; c != null; c = after.get(c)) {
            chain.add(0, c);
        }
        return new Chain(Duration.ofNanos(last == null ? 0 : finish.get(last)), chain);
    }

    static boolean mustWait(ProxiedCall earlier, ProxiedCall later, long firstWrite) {
        return session(earlier, later)
                || plan(earlier, later, firstWrite)
                || resource(earlier, later)
                || retry(earlier, later);
    }

    private static boolean session(ProxiedCall earlier, ProxiedCall later) {
        if (!sameAccount(earlier, later) || !STS.contains(earlier.action())) {
            return false;
        }
        return !STS.contains(later.action())
                || (earlier.action().equals("AssumeRole") && later.action().equals("GetCallerIdentity"));
    }

    private static boolean plan(ProxiedCall earlier, ProxiedCall later, long firstWrite) {
        return later.isWrite()
                && !earlier.isWrite()
                && !STS.contains(earlier.action())
                && earlier.startNanos() < firstWrite;
    }

    private static boolean resource(ProxiedCall earlier, ProxiedCall later) {
        if (!earlier.isWrite() && !later.isWrite()) {
            return false;
        }
        boolean shared =
                sameAccount(earlier, later) && earlier.resources().stream().anyMatch(later.resources()::contains);
        return shared || (earlier.isWrite() && namesRoleCreatedBy(later, earlier));
    }

    private static boolean retry(ProxiedCall earlier, ProxiedCall later) {
        return !earlier.succeeded()
                && !(NOT_FOUND.contains(earlier.errorCode()) && !earlier.isWrite())
                && sameAccount(earlier, later)
                && earlier.action().equals(later.action())
                && earlier.resources().equals(later.resources());
    }

    private static boolean namesRoleCreatedBy(ProxiedCall later, ProxiedCall create) {
        if (!create.action().equals("CreateRole") || create.account() == null) {
            return false;
        }
        String arn = ":iam::" + create.account() + ":role/" + create.parameter("RoleName");
        return later.body().contains(arn)
                || later.parameters().values().stream().anyMatch(v -> v != null && v.contains(arn));
    }

    private static boolean sameAccount(ProxiedCall a, ProxiedCall b) {
        return a.account() != null && a.account().equals(b.account());
    }
}
