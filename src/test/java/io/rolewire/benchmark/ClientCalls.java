package io.rolewire.benchmark;

import io.rolewire.testsupport.aws.ProxiedCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Every AWS call as the application waits for it: from the SDK call's start to its result, with its
 * marshalling, signing, transport, retries and parsing. The proxy sees the same call from the other
 * end, without the client's part; {@link #asTheClientWaited} gives each proxied call the client's
 * duration, so a critical path can be weighed both ways.
 */
final class ClientCalls implements ExecutionInterceptor {

    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("rolewire.benchmark.started");

    /** One call: its operation (IAM's CreateRole, ECS's RegisterTaskDefinition) and the client's times. */
    record Call(String action, long startNanos, long endNanos) {}

    private final List<Call> calls = new ArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        ended(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        ended(attributes);
    }

    private void ended(ExecutionAttributes attributes) {
        long end = System.nanoTime();
        Long start = attributes.getAttribute(STARTED);
        String action = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (start != null) {
            synchronized (calls) {
                calls.add(new Call(action, start, end));
            }
        }
    }

    void reset() {
        synchronized (calls) {
            calls.clear();
        }
    }

    /**
     * The proxied calls, each with the times of the client call that made it: the shortest call of
     * the same action that contains it and made no other. A proxied call no client call contains (a
     * retried attempt inside one client call) keeps the proxy's times.
     */
    List<ProxiedCall> asTheClientWaited(List<ProxiedCall> proxied) {
        List<Call> made;
        synchronized (calls) {
            made = new ArrayList<>(calls);
        }
        Set<Call> used = new HashSet<>();
        List<ProxiedCall> timed = new ArrayList<>();
        for (ProxiedCall call : proxied) {
            Optional<Call> client = made.stream()
                    .filter(c -> !used.contains(c)
                            && c.action().equals(call.action())
                            && c.startNanos() <= call.startNanos()
                            && c.endNanos() >= call.endNanos())
                    .min(Comparator.comparingLong(c -> c.endNanos() - c.startNanos()));
            client.ifPresent(used::add);
            timed.add(client.map(c -> withTimes(call, c)).orElse(call));
        }
        return timed;
    }

    private static ProxiedCall withTimes(ProxiedCall call, Call client) {
        return new ProxiedCall(
                call.service(),
                call.action(),
                call.account(),
                call.accessKeyId(),
                call.parameters(),
                call.body(),
                client.startNanos(),
                client.endNanos(),
                call.status(),
                call.errorCode(),
                call.requestId(),
                call.injected());
    }
}
