package io.rolewire.testsupport.aws;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@link FaultProxy} injects. Counts are of HTTP attempts as the proxy sees them, so each
 * attempt the SDK retries consumes one. Thread-safe: the proxy answers calls in parallel.
 */
public final class Faults {

    /** An error to answer for one attempt of an action. */
    record Failure(String code, int status, String message) {}

    private final Map<String, Integer> throttles = new HashMap<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final Map<String, Integer> pendingPrincipals = new LinkedHashMap<>();
    private final Map<String, String> actingAs = new HashMap<>();
    private int invalidPrincipalAfterCreateRole;
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean awsEncodedDocuments;

    /** Every call waits this long before it is forwarded (parallel calls wait side by side). */
    public synchronized Faults latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** The next {@code times} attempts of {@code action} answer Throttling (IAM, STS) or ThrottlingException (ECS). */
    public synchronized Faults throttle(String action, int times) {
        throttles.put(action, times);
        return this;
    }

    /**
     * After each CreateRole, the next {@code times} trust policy writes (CreateRole,
     * UpdateAssumeRolePolicy) that name the new role answer MalformedPolicyDocument "Invalid principal
     * in policy", as IAM does until a new role has propagated.
     */
    public synchronized Faults invalidPrincipalAfterCreateRole(int times) {
        invalidPrincipalAfterCreateRole = times;
        return this;
    }

    /** The next {@code times} attempts of {@code action} answer {@code code}, with the service's usual status. */
    public Faults fail(String action, String code, int times) {
        return fail(action, code, 0, times);
    }

    public synchronized Faults fail(String action, String code, int status, int times) {
        Deque<Failure> queue = failures.computeIfAbsent(action, a -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Failure(code, status, "Injected failure of " + action));
        }
        return this;
    }

    /**
     * Calls signed with {@code account}'s root key (Floci's 12-digit key) reach the peer signed with
     * {@code actual}'s: credentials that have come to act in another account.
     */
    public synchronized Faults actAs(String account, String actual) {
        actingAs.put(account, actual);
        return this;
    }

    /**
     * IAM answers carry policy documents URL-encoded, as AWS sends them (Floci sends them raw): the
     * proxy encodes them on the way back.
     */
    public Faults awsEncodedDocuments(boolean on) {
        awsEncodedDocuments = on;
        return this;
    }

    /** No fault, no latency. */
    public synchronized void reset() {
        throttles.clear();
        failures.clear();
        pendingPrincipals.clear();
        actingAs.clear();
        invalidPrincipalAfterCreateRole = 0;
        latency = Duration.ZERO;
        awsEncodedDocuments = false;
    }

    Duration latency() {
        return latency;
    }

    boolean encodesDocuments() {
        return awsEncodedDocuments;
    }

    synchronized Optional<String> actingAs(String accessKeyId) {
        return Optional.ofNullable(accessKeyId == null ? null : actingAs.get(accessKeyId));
    }

    synchronized boolean consumeThrottle(String action) {
        int left = throttles.getOrDefault(action, 0);
        if (left > 0) {
            throttles.put(action, left - 1);
        }
        return left > 0;
    }

    synchronized Optional<Failure> consumeFailure(String action) {
        Deque<Failure> queue = failures.get(action);
        return Optional.ofNullable(queue == null ? null : queue.poll());
    }

    synchronized void roleCreated(String roleArn) {
        if (invalidPrincipalAfterCreateRole > 0) {
            pendingPrincipals.put(roleArn, invalidPrincipalAfterCreateRole);
        }
    }

    /** The not yet visible role a trust policy names, if this write is to be refused for it. */
    synchronized Optional<String> consumeInvalidPrincipal(String trustPolicy) {
        if (trustPolicy == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Integer> pending : pendingPrincipals.entrySet()) {
            if (pending.getValue() > 0 && trustPolicy.contains(pending.getKey())) {
                pending.setValue(pending.getValue() - 1);
                return Optional.of(pending.getKey());
            }
        }
        return Optional.empty();
    }
}
