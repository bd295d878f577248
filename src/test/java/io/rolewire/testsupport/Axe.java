package io.rolewire.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (the npm package, installed by {@code npm ci} from package.json; .ci/run does it), run
 * inside the page Chromium shows. {@link #violations} answers what axe finds at the levels a person
 * is blocked by: serious and critical.
 */
public final class Axe {

    /** Where {@code npm ci} puts it, relative to the project root (Surefire's working directory). */
    static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {}

    public static boolean available() {
        return Files.isReadable(SCRIPT);
    }

    /**
     * The serious and critical violations of the page as it is now (WCAG 2.0-2.2 A and AA rules and
     * axe's best practices), one line each: rule, impact, help text and the offending elements.
     */
    public static List<String> violations(JavascriptExecutor page) {
        page.executeScript(script());
        Object result = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new IllegalStateException("axe-core failed on the page: " + json);
        }
        return JSON.readTree(json)
                .valueStream()
                .filter(v ->
                        List.of("serious", "critical").contains(v.path("impact").asString("")))
                .map(Axe::describe)
                .toList();
    }

    private static String describe(JsonNode violation) {
        List<String> targets = violation
                .path("nodes")
                .valueStream()
                .map(node -> node.path("target").toString() + " "
                        + node.path("failureSummary").asString("").replace('\n', ' '))
                .limit(5)
                .toList();
        return violation.path("id").asString() + " (" + violation.path("impact").asString() + "): "
                + violation.path("help").asString() + " " + targets;
    }

    private static String script() {
        return Optional.of(SCRIPT).map(Axe::read).orElseThrow();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "axe-core is not installed: run `npm ci` in the project root (" + path + ")", e);
        }
    }
}
