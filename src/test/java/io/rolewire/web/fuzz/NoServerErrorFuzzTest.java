package io.rolewire.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Thousands of generated requests per endpoint (jqwik generators, {@link Inputs}): every API
 * endpoint that takes input, every wizard step with every field, odd content types and encodings.
 * None may answer 5xx or show a stack trace; a failure lists the requests that caused it.
 * {@code -Drolewire.fuzz.tries=10} scales every count (for a long run); each test prints how many
 * requests it sent. Users are signed in by the test (not HTTP Basic): a password check per request
 * would make the run minutes long. jqwik's generators are sampled here rather than run as a {@code @Property}: the
 * requests need the Spring context of a JUnit Jupiter test, which jqwik's engine does not provide.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoServerErrorFuzzTest {

    static final Pattern STACK_TRACE =
            Pattern.compile("\\bat (java|jakarta|org\\.springframework|io\\.rolewire|tools\\.jackson)\\.|Exception:");
    static final String SEED_003 = read("docs/examples/seed-003.json");
    static final long SEED = Long.getLong("rolewire.fuzz.seed", 20261203L);
    static final double SCALE = Double.parseDouble(System.getProperty("rolewire.fuzz.tries", "1"));

    @Autowired
    MockMvc mvc;

    final Random random = new Random(SEED);
    final Map<Arbitrary<?>, java.util.Iterator<?>> samples = new java.util.IdentityHashMap<>();
    String draft;
    String runId;

    @BeforeAll
    void aDraftAndARun() throws Exception {
        String location = mvc.perform(get("/wizard").with(user("operator").roles("OPERATOR")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        draft = location.split("/")[2];
        String created = mvc.perform(post("/api/v1/runs")
                        .with(user("operator").roles("OPERATOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEED_003))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        runId = created.substring(created.lastIndexOf('/') + 1);
    }

    @Test
    void previewAndCreateBodies() throws Exception {
        Arbitrary<byte[]> bodies = Inputs.encoded(Inputs.mutatedJson(SEED_003));
        Arbitrary<String> types = Inputs.contentType();
        int sent = 0;
        for (String path : List.of("/api/v1/plans", "/api/v1/runs")) {
            sent += fuzz(
                    tries(1000),
                    () -> post(path)
                            .with(user("operator").roles("OPERATOR"))
                            .contentType(next(types))
                            .content(next(bodies)));
        }
        report("POST /api/v1/plans and /api/v1/runs", sent);
    }

    @Test
    void runActionBodiesAndIds() throws Exception {
        Arbitrary<byte[]> approvals = Inputs.encoded(Arbitraries.oneOf(
                Inputs.mutatedJson("{\"planHash\":\"abc\"}"),
                Inputs.mutatedJson("{\"reason\":\"Use the staging role.\"}")));
        Arbitrary<String> types = Inputs.contentType();
        Arbitrary<String> ids = Inputs.runId().map(id -> id.equals("0") ? runId : id);
        int sent = 0;
        for (String action : List.of("submit", "approve", "reject", "apply", "plan")) {
            String who = action.equals("approve") || action.equals("reject") ? "admin" : "operator";
            sent += fuzz(
                    tries(400),
                    () -> post("/api/v1/runs/" + next(ids) + "/" + action)
                            .with(user(who).roles(who.toUpperCase()))
                            .contentType(next(types))
                            .content(next(approvals)));
        }
        report("POST /api/v1/runs/{id}/submit|approve|reject|apply|plan", sent);
    }

    @Test
    void historyQueries() throws Exception {
        List<String> names = List.of(
                "accountId",
                "roleName",
                "status",
                "createdBy",
                "sourceAccountId",
                "destinationAccountId",
                "workload",
                "createdFrom",
                "createdTo",
                "text",
                "sort",
                "before",
                "size",
                "approvedBy",
                "size[0]",
                "before.x",
                "status[]",
                "x");
        Arbitrary<String> name = Arbitraries.of(names);
        Arbitrary<String> value = Inputs.text();
        Arbitrary<String> path = Arbitraries.of("/api/v1/runs", "/api/v1/runs/export.csv", "/api/v1/runs/export.jsonl");
        int sent = fuzz(tries(1000), () -> {
            MockHttpServletRequestBuilder request =
                    get(next(path)).with(user("reviewer").roles("REVIEWER"));
            for (int i = random.nextInt(4); i >= 0; i--) {
                request.param(next(name), shortened(next(value)));
            }
            return request;
        });
        report("GET /api/v1/runs?...", sent);
    }

    @Test
    void everyWizardField() throws Exception {
        Map<String, List<String>> fields = Map.of(
                "workload",
                List.of("workload", "region"),
                "source",
                List.of("accountId", "roleName", "create"),
                "destination",
                List.of("accountId", "roleName", "create", "managedPolicyArns"),
                "details",
                List.of(
                        "ecs.family",
                        "ecs.containerName",
                        "ecs.image",
                        "ecs.cpu",
                        "ecs.memory",
                        "ecs.launchType",
                        "ecs.ecsExec",
                        "ecs.executionRole.enabled",
                        "ecs.executionRole.roleName",
                        "ecs.executionRole.create",
                        "ecs.executionRole.privateRegistrySecretArn",
                        "ecs.executionRole.secretArns",
                        "ecs.executionRole.ssmParameterArns",
                        "ecs.executionRole.kmsKeyArn",
                        "ecs.executionRole.s3EnvFileArns",
                        "ecs.executionRole.ecrVpceId",
                        "ecs.executionRole.ecrVpcId",
                        "ec2.instanceProfileName",
                        "ecs",
                        "ecs.executionRole",
                        "ec2",
                        "ecs[0]",
                        "ecs['family']",
                        "ec2[0].x"));
        Arbitrary<String> value = Inputs.text();
        Arbitrary<String> types = Arbitraries.of(
                "application/x-www-form-urlencoded",
                "application/x-www-form-urlencoded;charset=ISO-8859-1",
                "multipart/form-data",
                "text/plain",
                "*/*");
        int sent = 0;
        for (var step : fields.entrySet()) {
            Arbitrary<String> name = Arbitraries.of(step.getValue());
            sent += fuzz(tries(150), () -> {
                MockHttpServletRequestBuilder request = post("/wizard/" + draft + "/" + step.getKey())
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf())
                        .contentType(next(types));
                for (int i = random.nextInt(step.getValue().size()); i >= 0; i--) {
                    request.param(next(name), next(value));
                }
                if (random.nextInt(10) == 0) {
                    request.param("back", "");
                }
                return request;
            });
        }
        report("POST /wizard/{draft}/{step}", sent);
    }

    private int fuzz(int tries, Supplier<MockHttpServletRequestBuilder> requests) throws Exception {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            MockHttpServletRequestBuilder request = requests.get();
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String body = response.getContentAsString();
            if (response.getStatus() >= 500 || STACK_TRACE.matcher(body).find()) {
                var sent = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                failures.add(response.getStatus() + " for " + sent.getMethod() + " " + sent.getRequestURI() + "?"
                        + sent.getParameterMap().keySet() + " " + sent.getContentType() + ": "
                        + body.substring(0, Math.min(200, body.length())));
            }
        }
        assertThat(failures).as("5xx or stack traces").isEmpty();
        return tries;
    }

    /** jqwik generates outside a property only through sample streams: one per arbitrary. */
    @SuppressWarnings("unchecked")
    private <T> T next(Arbitrary<T> arbitrary) {
        return (T) samples.computeIfAbsent(arbitrary, a -> a.sampleStream().iterator())
                .next();
    }

    private static String shortened(String value) {
        return value.length() > 2000 ? value.substring(0, 2000) : value;
    }

    private static int tries(int base) {
        return Math.max(1, (int) (base * SCALE));
    }

    private static void report(String what, int sent) {
        System.out.println("fuzz: " + sent + " requests to " + what + ", no 5xx, no stack trace");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
