package io.rolewire.apply.internal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyStep;
import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.testsupport.aws.InMemoryAccounts;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The planner, the executor and the runner as plain objects over in-memory fakes of the aws ports,
 * the step records and the event log: no Spring, no database, no network.
 */
final class ApplyFakes implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    static final String SOURCE = "111122223333";
    static final String DESTINATION = "555566667777";

    final InMemoryAccounts aws = new InMemoryAccounts();
    final Steps steps = new Steps();
    final Events events = new Events();
    final AwsText text = new AwsText(bundles());
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    final ApplyProperties properties =
            new ApplyProperties(true, true, Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofMillis(4), 3, 1);
    final Wiring wiring = new Wiring();
    final LocalTrustLocks trustLocks = new LocalTrustLocks(CLOCK);
    final StepExecutor executor = new StepExecutor(
            new Decisions(wiring),
            trustLocks,
            steps,
            new StepEvents(events),
            properties,
            text,
            new ApplyMeters(new SimpleMeterRegistry()),
            CLOCK);
    final LivePlanner planner = new LivePlanner(aws, wiring, text, pool);

    ApplyRunner runner(boolean parallel) {
        return new ApplyRunner(aws, executor, steps, pool, parallel, text, CLOCK);
    }

    Run run(long id, WiringInput input) {
        Preview preview = wiring.preview(input);
        if (!preview.violations().isEmpty()) {
            throw new IllegalArgumentException("invalid input: " + preview.violations());
        }
        return new Run(
                id,
                RunStatus.APPLYING,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                "operator",
                CLOCK.instant());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    static Lease held() {
        return lease(true, false);
    }

    static Lease lease(boolean held, boolean stopping) {
        return new Lease() {
            @Override
            public String instance() {
                return "test@host";
            }

            @Override
            public boolean held() {
                return held;
            }

            @Override
            public boolean stopping() {
                return stopping;
            }
        };
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "apply-messages", "aws-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Step records in memory, by run, attempt and position. */
    static class Steps implements StepRecords {

        private final Map<Long, TreeMap<Integer, ApplyStep>> byRun = new ConcurrentHashMap<>();

        @Override
        public synchronized void insertStep(ApplyStep step, long runId) {
            TreeMap<Integer, ApplyStep> steps = byRun.computeIfAbsent(runId, r -> new TreeMap<>());
            if (!steps.isEmpty() && steps.firstEntry().getValue().attempt() != step.attempt()) {
                steps.clear(); // a new attempt: the latest is what counts
            }
            steps.put(step.position(), step);
        }

        @Override
        public synchronized void updateStep(ApplyStep step, long runId) {
            byRun.get(runId).put(step.position(), step);
        }

        @Override
        public synchronized List<ApplyStep> latestSteps(long runId) {
            return List.copyOf(byRun.getOrDefault(runId, new TreeMap<>()).values());
        }

        ApplyStep step(long runId, String key) {
            return latestSteps(runId).stream()
                    .filter(s -> s.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The event log as a list of kinds per run. */
    static final class Events implements EventLog {

        private final List<String> kinds = new ArrayList<>();

        @Override
        public synchronized void append(long runId, RecordedEvent event, String actor, Instant at) {
            kinds.add(event.kind());
        }

        @Override
        public synchronized void appendAuditEvent(RecordedEvent event, String actor, Instant at) {
            kinds.add(event.kind());
        }

        @Override
        public List<RunEvent> eventsOf(long runId) {
            return List.of();
        }

        @Override
        public List<AuditEvent> recentAuditEvents(int limit) {
            return List.of();
        }

        synchronized List<String> kinds() {
            return List.copyOf(kinds);
        }
    }
}
