package io.rolewire.testsupport.crash;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rolewire as a separate JVM (the main class on this JVM's classpath, test classes left out), so a
 * test can kill it with SIGKILL ({@link Process#destroyForcibly()} on Linux) and start it again on
 * the same database. Its working directory is the given one: without a datasource URL it uses the
 * embedded default, {@code ./data} there.
 */
public final class RolewireProcess implements AutoCloseable {

    public static final String USER = "operator";
    public static final String PASSWORD = "crash-test";

    private final Path workDirectory;
    private final List<String> properties;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private Process process;
    private int port;

    /** @param properties extra {@code --name=value} arguments (a datasource URL for PostgreSQL...) */
    public RolewireProcess(Path workDirectory, List<String> properties) {
        this.workDirectory = workDirectory;
        this.properties = List.copyOf(properties);
        this.log = workDirectory.resolve("rolewire.log");
    }

    /** Starts the JVM and waits until {@code /actuator/health} answers 200. */
    public void start() {
        port = freePort();
        try {
            process = new ProcessBuilder(command())
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("Rolewire healthy on port " + port)
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(250))
                .until(this::healthy);
    }

    /** SIGTERM: Spring closes the application (applies hand over what they have not started). */
    public void terminate() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no flush, no close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Rolewire exited with " + process.exitValue() + ":\n" + logTail());
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                applicationClasspath(),
                "io.rolewire.RolewireApplication",
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        if (properties.stream().noneMatch(p -> p.startsWith("--rolewire.apply.aws-access="))) {
            command.add("--rolewire.apply.aws-access=false");
        }
        command.addAll(List.of(
                "--rolewire.security.users[0].username=" + USER,
                "--rolewire.security.users[0].password={noop}" + PASSWORD,
                "--rolewire.security.users[0].roles=OPERATOR"));
        command.addAll(properties);
        return command;
    }

    /** The test JVM's classpath without test classes (their beans must not join the application). */
    static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.replaceAll("[/\\\\]+$", "").endsWith("test-classes"))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()) // the child runs elsewhere
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
