package io.rolewire.audit;

/**
 * Where each signed checkpoint is written, outside the database, so that rewriting the database cannot
 * rewrite what was checkpointed: a directory by default, an S3 bucket when one is configured. A write
 * never replaces an existing checkpoint; a failed write fails the checkpoint (it is not recorded).
 */
@FunctionalInterface
public interface CheckpointSink {

    void write(Checkpoint checkpoint);
}
