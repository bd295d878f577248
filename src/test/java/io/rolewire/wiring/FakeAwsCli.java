package io.rolewire.wiring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a rendered CLI script under bash with a fake {@code aws} first on the PATH that records
 * each call's arguments exactly as the shell passed them. What it records is what the real CLI
 * would have received: quoting and heredocs are tested by the shell itself, not by a regex.
 */
final class FakeAwsCli {

    private static final String FAKE_AWS = """
            #!/usr/bin/env bash
            n=$(ls "$AWS_CALL_LOG" | wc -l)
            printf '%s\\0' "$@" > "$AWS_CALL_LOG/$(printf '%03d' "$n")"
            """;

    private FakeAwsCli() {}

    static boolean bashAvailable() {
        return Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash"));
    }

    /** Each recorded call as its argument list; fails when the script does not exit with 0. */
    static List<List<String>> run(String script, Path workDir, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(workDir.resolve("bin"));
        Path log = Files.createDirectories(workDir.resolve("calls"));
        Path aws = Files.writeString(bin.resolve("aws"), FAKE_AWS);
        aws.toFile().setExecutable(true);
        Path scriptFile = Files.writeString(workDir.resolve("wiring.sh"), script);
        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("AWS_CALL_LOG", log.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("Script failed: " + output);
        }
        return calls(log);
    }

    private static List<List<String>> calls(Path log) throws IOException {
        List<List<String>> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(log).sorted()) {
            for (Path file : files.toList()) {
                String recorded = Files.readString(file);
                calls.add(Arrays.asList(
                        recorded.substring(0, recorded.length() - 1).split("\0", -1)));
            }
        }
        return calls;
    }

    /** The value after {@code option} in one call. */
    static String option(List<String> call, String option) {
        int index = call.indexOf(option);
        if (index < 0) {
            throw new AssertionError(option + " missing in " + call);
        }
        return call.get(index + 1);
    }
}
