package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every violation code the core can produce has an English message, and the messages format. */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/io/rolewire/wiring");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"(wiring\\.[A-Za-z.]+)\"");

    private final Wiring wiring = new Wiring();

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/wiring-messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every code written in the wiring sources: the codes the validator can produce. */
    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeInTheSourcesHasAMessageAndEveryMessageIsUsed() throws IOException {
        Set<String> codes = codesInSources();

        assertThat(codes).contains("wiring.required", "wiring.accountId.format", "wiring.fargate.cpuMemory");
        assertThat(bundle().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void everyMessageIsAValidMessageFormatPattern() throws IOException {
        Properties bundle = bundle();
        for (String code : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(code);
            assertThat(new MessageFormat(pattern, Locale.ENGLISH).getFormats().length)
                    .as("placeholders of %s", code)
                    .isLessThanOrEqualTo(3);
            if (!pattern.contains("{0}")) {
                assertThat(pattern)
                        .as("%s has no arguments, so Spring shows it unformatted", code)
                        .doesNotContain("''");
            }
        }
    }

    @Test
    void violationsOfACatalogueOfBadInputsCoverEveryCodeWithFullyFormattedMessages() throws IOException {
        List<Violation> violations = Stream.of(
                        WiringInputs.seed003().region("mars-1").source("1234", "bad role", false),
                        WiringInputs.seed003().source("12345678901x", WiringInputs.SOURCE_ROLE, false),
                        WiringInputs.seed003().destination(WiringInputs.SOURCE_ACCOUNT, WiringInputs.SOURCE_ROLE),
                        WiringInputs.seed003().task("a b", "c d", "E").sizes(LaunchType.EC2, 99999, 1),
                        WiringInputs.seed003().sizes(LaunchType.FARGATE, 300, 512),
                        WiringInputs.seed003()
                                .sizes(LaunchType.FARGATE, 256, 4096)
                                .createDestinationRole("arn:aws:iam::aws:role/x", "arn:aws-cn:iam::aws:policy/x"),
                        WiringInputs.seed003().workload(null),
                        WiringInputs.seed003().accessUntil(Instant.now().minusSeconds(60)),
                        WiringInputs.seed003().accessUntil(Instant.now().plusSeconds(60)),
                        WiringInputs.seed002().ec2(new Ec2InstanceOptions("bad profile")),
                        WiringInputs.seed003()
                                .executionRole(ExecutionRoleInputs.created()
                                        .roleName(WiringInputs.SOURCE_ROLE)
                                        .ecrEndpoint("vpce-xyz", "vpc-xyz")
                                        .build()))
                .flatMap(inputs -> wiring.validate(inputs.build()).stream())
                .toList();

        Set<String> produced =
                new TreeSet<>(violations.stream().map(Violation::code).toList());
        Set<String> expected = new TreeSet<>(codesInSources());
        expected.remove("wiring.policyName.format"); // policy names are generated, never typed
        assertThat(produced).isEqualTo(expected);
        assertThat(violations).allSatisfy(violation -> {
            assertThat(bundle().getProperty(violation.code())).isNotBlank();
            assertThat(violation.defaultMessage())
                    .doesNotContain("{")
                    .doesNotContain("''")
                    .endsWith(".");
        });
    }

    @Test
    void generatedInlinePolicyNamesFollowThePolicyNameRule() {
        DestinationRole longest = new DestinationRole("555566667777", "r".repeat(64), false, null);

        assertThat(List.of(
                        InlinePolicyNames.assumeDestination(longest),
                        InlinePolicyNames.ECS_EXEC,
                        InlinePolicyNames.EXECUTION_ROLE))
                .allSatisfy(name ->
                        assertThat(NameRule.POLICY.accepts(name)).as(name).isTrue());
    }
}
