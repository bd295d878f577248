package io.rolewire.benchmark;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.Runs;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Server-side query time of the history's first pages and of the run page, over the generated
 * database: a timed loop, each shape with a fresh sampled run per iteration. Not a test.
 *
 * <p>Arguments: database path (default target/bench/rolewire), measured iterations (default 200).
 */
public final class HistoryBenchmark {

    static final int WARMUP = 30;

    private HistoryBenchmark() {}

    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "target/bench/rolewire";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.setProperty("bench.url", GenerateHistory.dataSource(path).getURL());
        try (var context = new AnnotationConfigApplicationContext(BenchmarkContext.class)) {
            RunHistory history = context.getBean(RunHistory.class);
            long newest =
                    history.search(HistoryFilter.none(), null, 1).items().get(0).id();
            System.out.printf("runs: %d (ids 1..%d)%n", newest, newest);
            var sampler = new Sampler(history, newest);
            for (Map.Entry<String, Function<RunSummary, HistoryFilter>> shape :
                    QueryShapes.all().entrySet()) {
                report(
                        shape.getKey(),
                        time(
                                iterations,
                                sampler,
                                r -> history.search(shape.getValue().apply(r), null, 20)));
            }
            for (Map.Entry<String, Function<RunSummary, HistoryFilter>> shape :
                    QueryShapes.fromCursor().entrySet()) {
                report(
                        shape.getKey(),
                        time(
                                iterations,
                                sampler,
                                r -> history.search(shape.getValue().apply(r), r.id(), 20)));
            }
            Runs runs = context.getBean(Runs.class);
            EventLog events = context.getBean(EventLog.class);
            report("run page (find + events)", time(iterations, sampler, r -> {
                runs.find(r.id()).orElseThrow();
                events.eventsOf(r.id());
            }));
        }
    }

    static long[] time(int iterations, Sampler sampler, java.util.function.Consumer<RunSummary> query) {
        long[] nanos = new long[iterations];
        for (int i = -WARMUP; i < iterations; i++) {
            RunSummary sample = sampler.next();
            long start = System.nanoTime();
            query.accept(sample);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static void report(String shape, long[] sorted) {
        System.out.printf(
                "| %s | %.1f | %.1f | %.1f | %.1f |%n",
                shape, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** A random existing run, read by id (not timed): its values drive the filters. */
    record Sampler(RunHistory history, long newest, Random random) {
        Sampler(RunHistory history, long newest) {
            this(history, newest, new Random(1));
        }

        RunSummary next() {
            long id = 1 + (long) (random.nextDouble() * newest);
            return history.search(HistoryFilter.none(), id + 1, 1).items().get(0);
        }
    }
}
