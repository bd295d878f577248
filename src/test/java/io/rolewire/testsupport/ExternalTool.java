package io.rolewire.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool a test runs as a separate process: {@code node} with a package from package.json
 * ({@code npm ci} installs them), or a program on the PATH. Its output is read whole; a tool that hangs
 * is stopped after two minutes and the test fails with what it printed.
 */
public final class ExternalTool {

    private static final long TIMEOUT_MINUTES = 2;

    /** What a finished tool said: its exit code and its standard output and error (UTF-8). */
    public record Result(int exitCode, String stdout, String stderr) {

        public String describe() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    private ExternalTool() {}

    /** True when {@code node_modules/PACKAGE} is installed (npm ci) and {@code node} runs. */
    public static boolean nodePackageAvailable(String packageName) {
        return Files.isDirectory(Path.of("node_modules", packageName)) && runs(List.of("node", "--version"));
    }

    /** True when {@code command} is on the PATH and answers {@code --version} with exit code 0. */
    public static boolean commandAvailable(String command) {
        return runs(List.of(command, "--version"));
    }

    public static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("tool-out", ".txt");
            Path err = Files.createTempFile("tool-err", ".txt");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish in " + TIMEOUT_MINUTES + " minutes");
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static boolean runs(List<String> command) {
        try {
            return run(command).exitCode() == 0;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
