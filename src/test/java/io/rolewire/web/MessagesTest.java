package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.Change;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.events.EventKinds;
import io.rolewire.security.Role;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the browser pages comes from the message bundles: a missing key would show as
 * "??key_en??". Literal keys are read from the templates; computed keys ('run.status.' + status)
 * are checked for every value they can take.
 */
class MessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)(?:\\(|})");

    @Test
    void everyMessageKeyWrittenInATemplateExists() throws IOException {
        Properties messages = bundle();
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    found++;
                    if (!messages.containsKey(key.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(found).as("keys read from the templates").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueShownThroughAComputedKeyHasItsLabel() throws Exception {
        Properties messages = bundle();
        List<String> keys = new ArrayList<>();
        Arrays.stream(RunStatus.values()).forEach(s -> keys.add("run.status." + s));
        Arrays.stream(Severity.values()).forEach(s -> keys.add("severity." + s));
        Arrays.stream(Workload.values()).forEach(w -> keys.add("workload." + w));
        Arrays.stream(Workload.values()).forEach(w -> keys.add("wizard.workload.workload.option." + w));
        Arrays.stream(Role.values()).forEach(r -> keys.add("role." + r));
        Arrays.stream(Change.values()).forEach(c -> keys.add("livePlan.change." + c));
        Arrays.stream(Side.values()).forEach(s -> keys.add("livePlan.side." + s));
        Arrays.stream(StepOutcome.values()).forEach(o -> keys.add("applySteps.outcome." + o));
        for (Field constant : DocumentKeys.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers())) {
                keys.add("document." + constant.get(null));
            }
        }
        Arrays.stream(LaunchType.values()).forEach(t -> keys.add("words.launchType." + t));
        eventKinds().forEach(kind -> keys.add("words.event." + kind));
        keys.add("planFinding.origin.ROLEWIRE");
        keys.add("planFinding.origin.ACCESS_ANALYZER");
        for (String step : List.of("workload", "source", "destination", "details", "preview")) {
            keys.add("wizard." + step + ".title");
        }
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    /** Every stored event kind: the keys of EventKinds' one table of kinds. */
    @SuppressWarnings("unchecked")
    private static java.util.Set<String> eventKinds() throws ReflectiveOperationException {
        Field types = EventKinds.class.getDeclaredField("TYPES");
        types.setAccessible(true);
        java.util.Set<String> kinds = ((java.util.Map<String, ?>) types.get(null)).keySet();
        assertThat(kinds).contains("CREATED", "LIVE_PLAN_READ");
        return kinds;
    }

    /** Every bundle of spring.messages.basename: each feature keeps its texts in its own file. */
    private static Properties bundle() throws IOException {
        Properties application = load("/application.properties");
        Properties messages = new Properties();
        for (String basename :
                application.getProperty("spring.messages.basename").split(",")) {
            messages.putAll(load("/" + basename.strip() + ".properties"));
        }
        return messages;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
