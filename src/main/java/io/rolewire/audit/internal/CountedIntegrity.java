package io.rolewire.audit.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import java.util.List;
import java.util.Locale;

/**
 * Counts checks that found the record broken ({@code rolewire.integrity.failures}), by what was
 * checked (the whole chain or one run) and the kind of break. Every failed check counts, also a
 * repeated one: a rising count means someone keeps looking at a broken record, which is worth an
 * alert whether or not it is the same break.
 */
final class CountedIntegrity implements Integrity {

    static final String FAILURES = "rolewire.integrity.failures";
    static final String CHAIN = "chain";
    static final String RUN = "run";

    private final Integrity checks;
    private final MeterRegistry registry;

    CountedIntegrity(Integrity checks, MeterRegistry registry) {
        this.checks = checks;
        this.registry = registry;
        // every series exists at 0 from the start: Prometheus' increase() misses a series' first sample
        for (String scope : List.of(CHAIN, RUN)) {
            for (ChainBreak reason : ChainBreak.values()) {
                counter(scope, tag(reason));
            }
        }
    }

    @Override
    public IntegrityReport verifyChain() {
        return counted(CHAIN, checks.verifyChain());
    }

    @Override
    public IntegrityReport verifyRun(long runId) {
        return counted(RUN, checks.verifyRun(runId));
    }

    private IntegrityReport counted(String scope, IntegrityReport report) {
        if (!report.ok()) {
            counter(scope, report.reason() == null ? "unknown" : tag(report.reason()))
                    .increment();
        }
        return report;
    }

    private Counter counter(String scope, String reason) {
        return registry.counter(FAILURES, "scope", scope, "reason", reason);
    }

    private static String tag(ChainBreak reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
