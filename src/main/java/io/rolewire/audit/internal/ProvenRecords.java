package io.rolewire.audit.internal;

import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.proof.Hashes;
import io.rolewire.audit.proof.MerkleTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a run's {@link ProvenRecord} from the database: seals what is committed, checkpoints the head
 * when it moved (so the record up to this moment, the download's own EXPORTED event included, is
 * covered), then computes every covered event's audit path in one ordered pass over the leaves.
 */
final class ProvenRecords {

    private final JdbcTemplate jdbc;
    private final EventSealer sealer;
    private final Checkpoints checkpoints;
    private final TransactionTemplate readOnly;

    ProvenRecords(
            DataSource dataSource,
            EventSealer sealer,
            Checkpoints checkpoints,
            PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(JdbcIntegrity.FETCH_SIZE);
        this.sealer = sealer;
        this.checkpoints = checkpoints;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The run's events against the latest checkpoint, made now if the record grew since the last one. */
    ProvenRecord of(long runId) {
        sealer.sealCommitted();
        checkpoints.checkpointNow();
        Checkpoint checkpoint = checkpoints.latest(1).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no checkpoint after checkpointing a non-empty record"));
        return readOnly.execute(tx -> read(runId, checkpoint));
    }

    private ProvenRecord read(long runId, Checkpoint checkpoint) {
        List<ChainedEvent> events = jdbc.query(
                "select " + ChainedEvent.COLUMNS + " from run_events where run_id = ? order by seq",
                (rs, row) -> ChainedEvent.read(rs),
                runId);
        List<ChainedEvent> covered = new ArrayList<>();
        List<ChainedEvent> after = new ArrayList<>();
        for (ChainedEvent event : events) {
            boolean isCovered = event.sealed() && event.position() <= checkpoint.treeSize();
            (isCovered ? covered : after).add(event);
        }
        Map<Long, List<byte[]>> paths = auditPaths(checkpoint.treeSize(), covered);
        List<ProvenRecord.Proven> proven = covered.stream()
                .map(e -> new ProvenRecord.Proven(
                        e, paths.get(e.position() - 1).stream().map(Hashes::hex).toList()))
                .toList();
        return new ProvenRecord(runId, checkpoint, proven, after);
    }

    private Map<Long, List<byte[]>> auditPaths(long size, List<ChainedEvent> covered) {
        if (covered.isEmpty()) {
            return Map.of();
        }
        List<Long> indices = covered.stream().map(e -> e.position() - 1).toList();
        try (Stream<ChainedEvent> rows = jdbc.queryForStream(
                "select " + ChainedEvent.COLUMNS + " from run_events where position <= ? order by position",
                (rs, row) -> ChainedEvent.read(rs),
                size)) {
            return MerkleTree.inclusionProofs(new StreamedLeaves(size, rows.iterator()), size, indices);
        }
    }
}
