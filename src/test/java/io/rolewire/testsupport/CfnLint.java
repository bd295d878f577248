package io.rolewire.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * AWS's CloudFormation linter, {@code cfn-lint} (the Python package our build machines carry). Found on
 * the PATH, else in a pyenv Python's own bin directory: a script started with a bare environment (as CI
 * may be) has no pyenv shims on its PATH, but the installed script runs without them.
 */
public final class CfnLint {

    private CfnLint() {}

    public static boolean available() {
        return command().isPresent();
    }

    /** The command to run, answering {@code --version}; empty when there is none. */
    public static Optional<String> command() {
        return Stream.concat(Stream.of("cfn-lint"), pyenvInstalls())
                .filter(candidate -> ExternalTool.commandAvailable(candidate))
                .findFirst();
    }

    public static ExternalTool.Result lint(List<String> templates) {
        String cfnLint = command()
                .orElseThrow(() -> new IllegalStateException(
                        "cfn-lint is not installed (pip install cfn-lint; our build machines have it)"));
        List<String> command = new java.util.ArrayList<>(List.of(cfnLint, "--format", "parseable", "--"));
        command.addAll(templates);
        return ExternalTool.run(command);
    }

    private static Stream<String> pyenvInstalls() {
        String root =
                Optional.ofNullable(System.getenv("PYENV_ROOT")).orElse(System.getProperty("user.home") + "/.pyenv");
        Path versions = Path.of(root, "versions");
        if (!Files.isDirectory(versions)) {
            return Stream.empty();
        }
        try (Stream<Path> installed = Files.list(versions)) {
            return installed
                    .map(version -> version.resolve("bin").resolve("cfn-lint"))
                    .filter(Files::isExecutable)
                    .map(Path::toString)
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
