package io.rolewire.audit.internal;

import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.CheckpointSink;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.proof.MerkleTree;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checkpoints the record: streams every chained event in position order into an RFC 6962 Merkle
 * tree ({@link MerkleTree}, constant memory), signs its root with the chain head, stores the checkpoint and writes it
 * to the sink. Two instances checkpointing the same head store it once (the tree size is the key).
 */
class JdbcCheckpoints implements Checkpoints {

    private final JdbcTemplate jdbc;
    private final EventSealer sealer;
    private final TransactionTemplate transaction;
    private final CheckpointKey key;
    private final CheckpointSink sink;
    private final Clock clock;

    JdbcCheckpoints(
            DataSource dataSource,
            EventSealer sealer,
            PlatformTransactionManager transactions,
            CheckpointKey key,
            CheckpointSink sink,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.sealer = sealer;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc.setFetchSize(JdbcIntegrity.FETCH_SIZE);
        this.key = key;
        this.sink = sink;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${rolewire.audit.checkpoint-interval:PT1H}",
            fixedDelayString = "${rolewire.audit.checkpoint-interval:PT1H}")
    void onSchedule() {
        checkpointNow();
    }

    /**
     * Seals what is committed first, in its own transaction: the checkpoint then covers it, and
     * sealing is not held up while the tree is computed.
     */
    @Override
    public Optional<Checkpoint> checkpointNow() {
        sealer.sealCommitted();
        return transaction.execute(status -> checkpointSealed());
    }

    private Optional<Checkpoint> checkpointSealed() {
        Head head = head();
        if (head.size() == 0 || latest(1).stream().anyMatch(c -> c.treeSize() == head.size())) {
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String text = Checkpoint.text(head.size(), head.root(), head.chainHead(), at, key.keyId());
        Checkpoint checkpoint =
                new Checkpoint(head.size(), head.root(), head.chainHead(), at, key.keyId(), text, key.sign(text));
        try {
            jdbc.update(
                    "insert into audit_checkpoints (tree_size, root_hash, chain_head, issued_at, key_id, signed_text,"
                            + " signature) values (?, ?, ?, ?, ?, ?, ?)",
                    checkpoint.treeSize(),
                    checkpoint.rootHash(),
                    checkpoint.chainHead(),
                    at.atOffset(ZoneOffset.UTC),
                    checkpoint.keyId(),
                    checkpoint.signedText(),
                    checkpoint.signature());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return Optional.empty();
        }
        sink.write(checkpoint);
        return Optional.of(checkpoint);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Checkpoint> latest(int limit) {
        return jdbc.query(
                "select * from audit_checkpoints order by tree_size desc limit ?",
                (rs, row) -> new Checkpoint(
                        rs.getLong("tree_size"),
                        rs.getString("root_hash"),
                        rs.getString("chain_head"),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        rs.getString("key_id"),
                        rs.getString("signed_text"),
                        rs.getString("signature")),
                Math.max(1, Math.min(100, limit)));
    }

    @Override
    public String publicKeyPem() {
        return key.publicKeyPem();
    }

    @Override
    public String keyId() {
        return key.keyId();
    }

    private record Head(long size, String root, String chainHead) {}

    private Head head() {
        // Positions are gapless from 1, so the last sealed one is the size; sealed later is not covered.
        long size = ChainHead.last(JdbcClient.create(jdbc)).position();
        try (Stream<ChainedEvent> rows = jdbc.queryForStream(
                "select " + ChainedEvent.COLUMNS + " from run_events where position <= ? order by position",
                (rs, row) -> ChainedEvent.read(rs),
                size)) {
            StreamedLeaves leaves = new StreamedLeaves(size, rows.iterator());
            byte[] root = MerkleTree.root(leaves);
            return new Head(size, HexFormat.of().formatHex(root), leaves.lastHash());
        }
    }
}
