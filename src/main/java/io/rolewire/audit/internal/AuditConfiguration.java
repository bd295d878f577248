package io.rolewire.audit.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rolewire.audit.CheckpointSink;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.RunEventExports;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.StoredRuns;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module's beans. Public so slice tests (and the application's component scan) pick the
 * module up as a whole; the implementations stay package-private.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class AuditConfiguration {

    /**
     * The checkpoint key: a PEM file holding an Ed25519 PRIVATE KEY and its PUBLIC KEY block. The
     * embedded default makes one next to the data on first start; production sets
     * {@code rolewire.audit.checkpoint-key-generate=false} and provides its own.
     */
    @Bean
    Checkpoints checkpoints(
            DataSource dataSource,
            EventSealer sealer,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${rolewire.audit.checkpoint-key-file:./data/checkpoint-key.pem}") Path keyFile,
            @Value("${rolewire.audit.checkpoint-key-generate:true}") boolean generateKey,
            @Value("${rolewire.audit.checkpoint-dir:./data/checkpoints}") Path sinkDirectory,
            ObjectProvider<CheckpointSink> configuredSink) {
        // a configured sink (an S3 bucket, see web.store) replaces the directory
        CheckpointSink sink = configuredSink.getIfAvailable(() -> new DirectoryCheckpointSink(sinkDirectory));
        return new JdbcCheckpoints(
                dataSource, sealer, transactions, CheckpointKey.loadOrCreate(keyFile, generateKey), sink, clock);
    }

    @Bean(destroyMethod = "close")
    EventSealer eventSealer(DataSource dataSource, PlatformTransactionManager transactions) {
        return new EventSealer(dataSource, new TransactionTemplate(transactions));
    }

    /** Seals what other instances (or a restart) left unsealed; this instance's commits wake it at once. */
    @Bean
    SealSchedule sealSchedule(EventSealer sealer) {
        return new SealSchedule(sealer);
    }

    @Bean
    EventLog eventLog(JdbcClient jdbc, EventSealer sealer) {
        return new JdbcEventLog(jdbc, sealer);
    }

    @Bean
    RunCreatedAuditor runCreatedAuditor(EventLog eventLog) {
        return new RunCreatedAuditor(eventLog);
    }

    @Bean
    HistoryRunsWriter historyRunsWriter(DataSource dataSource) {
        return new HistoryRunsWriter(dataSource);
    }

    @Bean
    RunHistory runHistory(DataSource dataSource) {
        return new JdbcRunHistory(dataSource);
    }

    @Bean
    HistoryExports historyExports(RunHistory history, ApplicationEventPublisher events, Clock clock) {
        return new StreamingHistoryExports(history, events, clock);
    }

    /** Failed checks are counted; slices without Boot's metrics count into a registry nobody reads. */
    @Bean
    Integrity integrity(
            DataSource dataSource,
            StoredRuns storedRuns,
            EventSealer sealer,
            PlatformTransactionManager transactions,
            ObjectProvider<MeterRegistry> meterRegistry) {
        return new CountedIntegrity(
                new JdbcIntegrity(dataSource, storedRuns, sealer, transactions),
                meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Bound to the meter registry by Boot when there is one; inert in slices without metrics. */
    @Bean
    CheckpointAgeGauge checkpointAgeGauge(Checkpoints checkpoints, Clock clock) {
        return new CheckpointAgeGauge(checkpoints, clock);
    }

    @Bean
    ExportAuditor exportAuditor(EventLog eventLog, PlatformTransactionManager transactions) {
        return new ExportAuditor(eventLog, transactions);
    }

    @Bean
    RunEventExports runEventExports(
            DataSource dataSource,
            EventSealer sealer,
            Checkpoints checkpoints,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        ProvenRecords provenRecords = new ProvenRecords(dataSource, sealer, checkpoints, transactions);
        return new JdbcRunEventExports(provenRecords, events, clock);
    }
}
