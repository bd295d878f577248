package io.rolewire.testsupport.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL cluster of this test's own (scripts/pg-start.sh), which it may stop and start again
 * without pulling the database from under other tests.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final Pattern EXPORTS = Pattern.compile("PGTMP=(\\S+) PGPORT=(\\d+)");

    private final Path directory;
    private final int port;

    private ThrowawayPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    public static boolean available() {
        try {
            Commands.run("pg_config", "--bindir");
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static ThrowawayPostgres start() throws IOException, InterruptedException {
        String exports = Commands.run("bash", "scripts/pg-start.sh");
        Matcher found = EXPORTS.matcher(exports);
        if (!found.find()) {
            throw new IOException("unexpected output of scripts/pg-start.sh: " + exports);
        }
        return new ThrowawayPostgres(Path.of(found.group(1)), Integer.parseInt(found.group(2)));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/rolewire";
    }

    public void stop() throws IOException, InterruptedException {
        pgCtl("-m", "fast", "stop");
    }

    /** The same options as scripts/pg-start.sh. */
    public void restart() throws IOException, InterruptedException {
        pgCtl(
                "-l",
                directory.resolve("server.log").toString(),
                "-t",
                "30",
                "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        ProcessBuilder stop = new ProcessBuilder("bash", "scripts/pg-stop.sh");
        stop.environment().put("PGTMP", directory.toString());
        stop.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }

    private void pgCtl(String... arguments) throws IOException, InterruptedException {
        String bin = Commands.run("pg_config", "--bindir").strip();
        List<String> command = new java.util.ArrayList<>(Commands.asPostgres(
                bin + "/pg_ctl", "-D", directory.resolve("data").toString(), "-w"));
        command.addAll(List.of(arguments));
        Commands.run(command.toArray(String[]::new));
    }
}
