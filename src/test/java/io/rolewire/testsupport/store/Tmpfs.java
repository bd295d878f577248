package io.rolewire.testsupport.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tmpfs of its own (needs root and a kernel that lets us mount), to fill to the last byte
 * and free again without touching anyone else's disk.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Mounts one of {@code megabytes}, or throws when this machine does not allow it. */
    public static Tmpfs mount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        Commands.run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", mountPoint.toString());
        return new Tmpfs(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes until the file system refuses: the disk is full. */
    public void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!full.getMessage().contains("No space left")) {
                throw full;
            }
        }
    }

    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    /** Lazy: whatever still holds a file there (a pool being closed) cannot block the unmount. */
    @Override
    public void close() throws IOException, InterruptedException {
        Commands.run("umount", "-l", mountPoint.toString());
    }
}
