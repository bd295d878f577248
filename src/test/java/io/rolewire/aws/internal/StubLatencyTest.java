package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The stub's fixed latency delays each answer but not the others: what the apply's parallel steps rely on. */
class StubLatencyTest extends StubbedAccounts {

    @Test
    void eachCallTakesTheLatencyAndParallelCallsOverlap() {
        source().callerIdentity();
        destination().callerIdentity();
        stub.faults().latency(Duration.ofMillis(400));

        long sequentialStart = System.nanoTime();
        source().iam().role("a");
        destination().iam().role("b");
        Duration sequential = Duration.ofNanos(System.nanoTime() - sequentialStart);

        long parallelStart = System.nanoTime();
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> source().iam().role("a")),
                        CompletableFuture.runAsync(() -> destination().iam().role("b")))
                .join();
        Duration parallel = Duration.ofNanos(System.nanoTime() - parallelStart);

        assertThat(sequential).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(parallel).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(Duration.ofMillis(800));
    }
}
