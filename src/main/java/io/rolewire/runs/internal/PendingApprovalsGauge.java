package io.rolewire.runs.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.rolewire.runs.RunStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code rolewire.approvals.pending}: runs submitted and waiting for an admin. Counted in the
 * database at each scrape rather than kept in memory, so it holds across restarts and replicas,
 * and every instance reports the same number.
 */
class PendingApprovalsGauge implements MeterBinder {

    static final String NAME = "rolewire.approvals.pending";

    private final JdbcClient jdbc;

    PendingApprovalsGauge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(NAME, this, PendingApprovalsGauge::count)
                .description("Runs submitted and waiting for approval")
                .register(registry);
    }

    private double count() {
        return jdbc.sql("select count(*) from runs where status = :status")
                .param("status", RunStatus.SUBMITTED.name())
                .query(Long.class)
                .single();
    }
}
