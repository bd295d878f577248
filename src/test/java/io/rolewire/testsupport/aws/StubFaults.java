package io.rolewire.testsupport.aws;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scenarios to inject. Counts are of HTTP attempts as the stub sees them, so an SDK retry consumes
 * one. Every fault answers in the service's real error format, with a request id.
 */
public final class StubFaults {

    private final Map<String, Integer> throttles = new HashMap<>();
    private final Set<String> denied = new HashSet<>();
    private final Map<String, String> wrongAccounts = new HashMap<>();
    private final Map<String, String> failingOnce = new HashMap<>();
    private int invalidPrincipalAfterCreate;
    private int failingWrite;
    private String failingWriteCode = "LimitExceeded";
    private int writes;
    private int pendingInvalidPrincipal;
    private Duration latency = Duration.ZERO;
    private boolean analyzerUnavailable;

    /** The next {@code times} attempts of {@code operation} answer Throttling (400; ECS: ThrottlingException). */
    public StubFaults throttle(String operation, int times) {
        throttles.put(operation, times);
        return this;
    }

    /** After each CreateRole, the next {@code times} trust policy writes answer "Invalid principal in policy". */
    public StubFaults invalidPrincipalAfterCreateRole(int times) {
        invalidPrincipalAfterCreate = times;
        return this;
    }

    /** Every call of {@code operation} (in any account) answers AccessDenied. */
    public StubFaults deny(String operation) {
        denied.add(operation);
        return this;
    }

    /** Only in {@code account}. */
    public StubFaults deny(String account, String operation) {
        denied.add(account + "/" + operation);
        return this;
    }

    /** The {@code k}-th write (counting from 1, every account) fails once with LimitExceeded (400, not retried). */
    public StubFaults failWrite(int k) {
        return failWrite(k, "LimitExceeded");
    }

    public StubFaults failWrite(int k, String errorCode) {
        failingWrite = k;
        failingWriteCode = errorCode;
        return this;
    }

    /** sts:GetCallerIdentity with {@code account}'s credentials answers {@code actualAccount}. */
    public StubFaults wrongAccount(String account, String actualAccount) {
        wrongAccounts.put(account, actualAccount);
        return this;
    }

    /** Every answer is delayed by {@code latency} (outside the stub's lock, so parallel calls overlap). */
    public StubFaults latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /** Access Analyzer answers 404, as at an emulator without it. */
    public StubFaults analyzerUnavailable() {
        analyzerUnavailable = true;
        return this;
    }

    /** Back to no faults and a zero write count (a stub shared by the tests of one Spring context). */
    public void reset() {
        throttles.clear();
        denied.clear();
        wrongAccounts.clear();
        failingOnce.clear();
        invalidPrincipalAfterCreate = 0;
        failingWrite = 0;
        failingWriteCode = "LimitExceeded";
        writes = 0;
        pendingInvalidPrincipal = 0;
        latency = Duration.ZERO;
        analyzerUnavailable = false;
    }

    boolean consumeThrottle(String operation) {
        int left = throttles.getOrDefault(operation, 0);
        if (left > 0) {
            throttles.put(operation, left - 1);
        }
        return left > 0;
    }

    boolean isDenied(String account, String operation) {
        return denied.contains(operation) || denied.contains(account + "/" + operation);
    }

    /**
     * The next write of {@code operation} (in any account) fails once with {@code errorCode}: a fault at
     * a named step, whatever order the two accounts' writes interleave in.
     */
    public StubFaults failOnce(String operation, String errorCode) {
        failingOnce.put(operation, errorCode);
        return this;
    }

    /** Counts the write and says whether it is the one to fail. */
    Optional<String> failThisWrite(String operation) {
        writes++;
        String once = failingOnce.remove(operation);
        if (once != null) {
            return Optional.of(once);
        }
        return writes == failingWrite ? Optional.of(failingWriteCode) : Optional.empty();
    }

    void roleCreated() {
        pendingInvalidPrincipal = invalidPrincipalAfterCreate;
    }

    boolean consumeInvalidPrincipal() {
        if (pendingInvalidPrincipal > 0) {
            pendingInvalidPrincipal--;
            return true;
        }
        return false;
    }

    Optional<String> actualAccount(String account) {
        return Optional.ofNullable(wrongAccounts.get(account));
    }

    Duration latency() {
        return latency;
    }

    boolean isAnalyzerUnavailable() {
        return analyzerUnavailable;
    }
}
