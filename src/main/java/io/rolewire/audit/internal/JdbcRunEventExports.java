package io.rolewire.audit.internal;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the export first (its EXPORTED event commits in its own transaction, so an aborted
 * download is still on the record), then streams rows straight from a cursor to the output.
 */
class JdbcRunEventExports implements RunEventExports {

    static final String WHAT = "run-events";

    private final JdbcTemplate jdbc;
    private final EventSealer sealer;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcRunEventExports(
            DataSource dataSource,
            EventSealer sealer,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.sealer = sealer;
        this.jdbc.setFetchSize(JdbcIntegrity.FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Writer export(long runId, ExportFormat format, Actor actor) {
        events.publishEvent(
                new ExportRecorded(actor.username(), WHAT, runId, Map.of(), format.extension(), clock.instant()));
        return out -> {
            // The export carries every event's link: seal what is committed so it has them.
            sealer.sealCommitted();
            readOnly.executeWithoutResult(tx -> stream(runId, format, out));
        };
    }

    private void stream(long runId, ExportFormat format, OutputStream out) {
        try {
            EventRowWriter writer = EventRowWriter.of(format, out);
            jdbc.query(
                    "select " + ChainedEvent.COLUMNS + " from run_events where run_id = ? order by seq",
                    rs -> {
                        try {
                            writer.write(ChainedEvent.read(rs));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    runId);
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
