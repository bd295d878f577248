package io.rolewire.audit.internal;

import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.CheckpointSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes each checkpoint as one file outside the database: the signed text, then the signature
 * line. Written to a temporary file, forced to disk, then moved into place atomically, so a reader
 * never sees half a checkpoint; an existing file is never replaced.
 */
final class DirectoryCheckpointSink implements CheckpointSink {

    private final Path directory;

    DirectoryCheckpointSink(Path directory) {
        this.directory = directory;
    }

    @Override
    public void write(Checkpoint checkpoint) {
        writeFile(checkpoint);
    }

    /** Writes the file (if it is not there yet) and returns its path. */
    Path writeFile(Checkpoint checkpoint) {
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(checkpoint.fileName());
            if (Files.exists(target)) {
                return target;
            }
            Path temporary = Files.createTempFile(directory, "checkpoint", ".tmp");
            Files.writeString(temporary, SignedCheckpoint.fileText(checkpoint));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint could not be written to " + directory, e);
        }
    }
}
