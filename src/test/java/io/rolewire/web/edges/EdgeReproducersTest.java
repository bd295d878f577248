package io.rolewire.web.edges;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.LoginSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reproducers D1-D9 of issue 10, each against a real server (Tomcat parses multipart bodies,
 * query strings and size limits itself, which MockMvc does not). Each must be a 4xx in the right
 * shape: the API's {@code {"errors": [...]}}, or the browser's error page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rolewire.web.max-request-size=64KB")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdgeReproducersTest {

    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String SEED_003 = read("docs/examples/seed-003.json");

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();
    LoginSession operator;
    String draftPath;
    String csrf;

    @BeforeAll
    void signInAndStartAWizard() throws Exception {
        operator = LoginSession.signIn(port, "operator", "operator-pw");
        HttpResponse<String> start = operator.send(HttpRequest.newBuilder(operator.uri("/wizard")));
        draftPath = start.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        draftPath = draftPath.substring(0, draftPath.lastIndexOf('/'));
        HttpResponse<String> page = operator.send(HttpRequest.newBuilder(operator.uri(draftPath + "/workload")));
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the workload page has a CSRF token").isTrue();
        csrf = token.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*"})
    void d1WildcardContentTypesAreRefused(String type) throws Exception {
        for (String path : new String[] {"/api/v1/plans", "/api/v1/runs"}) {
            assertApiError(api(path, type, BodyPublishers.ofString(SEED_003)), 415);
        }
        for (String action : new String[] {"approve", "reject"}) {
            assertApiError(admin("/api/v1/runs/1/" + action, type, BodyPublishers.ofString("{}")), 415);
        }
    }

    @Test
    void d2MultipartWithoutABoundaryIsABadRequest() throws Exception {
        for (String path : new String[] {"/api/v1/plans", "/api/v1/runs"}) {
            assertApiError(api(path, "multipart/form-data", BodyPublishers.ofString(SEED_003)), 400, 415);
        }
        for (String action : new String[] {"approve", "reject"}) {
            assertApiError(
                    admin("/api/v1/runs/1/" + action, "multipart/form-data", BodyPublishers.ofString("{}")), 400, 415);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/runs?roleName=%ff",
                "/api/v1/runs/export.csv?roleName=%ff",
                "/api/v1/runs/export.jsonl?roleName=%ff"
            })
    void d3UndecodableQueryIsABadRequest(String path) throws Exception {
        HttpResponse<String> response = client.send(
                basic(HttpRequest.newBuilder(uri(path)), "reviewer").build(), HttpResponse.BodyHandlers.ofString());
        assertApiError(response, 400);
    }

    @Test
    void d3TheBrowserAnswersTheErrorPage() throws Exception {
        assertErrorPage(operator.send(HttpRequest.newBuilder(operator.uri("/runs?roleName=%ff"))), 400);
    }

    @Test
    void d4UndecodableFormBodyIsABadRequest() throws Exception {
        byte[] body = {(byte) 0xff, (byte) 0xfe};
        assertApiError(
                api("/api/v1/plans", "application/x-www-form-urlencoded", BodyPublishers.ofByteArray(body)), 400, 415);
    }

    @Test
    void d5AHugeFieldIsRefusedWithoutACrash() throws Exception {
        String region = "a".repeat(100_001);
        HttpResponse<String> response = wizardPost("/workload", "workload=ECS_TASK&region=" + region);
        assertThat(response.statusCode()).isBetween(200, 499);
        assertThat(response.body()).doesNotContain("Exception", "SpEL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecs=v", "ecs.executionRole=v", "ecs[0]=v", "ecs['family']=v", "ec2[0].x=v"})
    void d6ObjectPathsInAFormAreRefused(String field) throws Exception {
        HttpResponse<String> response = wizardPost(
                "/details", field.replace("[", "%5B").replace("]", "%5D").replace("'", "%27"));
        assertThat(response.statusCode()).isBetween(200, 499);
        if (response.statusCode() == 200) {
            assertThat(response.body()).contains("</html>");
        } else {
            assertErrorPage(response, 400);
        }
    }

    @Test
    void d7ABrokenMultipartWizardPostIsABadRequest() throws Exception {
        HttpResponse<String> response = operator.send(HttpRequest.newBuilder(operator.uri(draftPath + "/workload"))
                .header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"region\"\r\n\r\nus")));
        assertErrorPage(response, 400);
    }

    @Test
    void d8ABodyOverTheLimitIsRefusedWith413() throws Exception {
        String large = "{\"region\":\"" + "a".repeat(200_000) + "\"}";
        HttpResponse<String> sized = api("/api/v1/plans", "application/json", BodyPublishers.ofString(large));
        assertApiError(sized, 413);
        // no Content-Length: the body arrives in chunks and is counted while it is read
        HttpResponse<String> chunked = api(
                "/api/v1/plans",
                "application/json",
                BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))));
        assertApiError(chunked, 413);
        HttpResponse<String> form = wizardPost("/workload", "workload=ECS_TASK&region=" + "a".repeat(200_000));
        assertErrorPage(form, 413);
    }

    @Test
    void d8ABodyUnderTheLimitIsServed() throws Exception {
        assertThat(api("/api/v1/plans", "application/json", BodyPublishers.ofString(SEED_003))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void d9TheErrorPathAloneIsNotFound() throws Exception {
        HttpResponse<String> api = client.send(
                basic(HttpRequest.newBuilder(uri("/error")), "operator").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("999");
        assertErrorPage(operator.send(HttpRequest.newBuilder(operator.uri("/error"))), 404);
    }

    @Test
    void z3TheSessionCookieIsSameSiteLax() throws Exception {
        HttpResponse<String> login =
                client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax"));
    }

    @Test
    void z2NonCanonicalIdsNeitherBypassTheCrossSiteGuardNorReachTheExport() throws Exception {
        for (String id : new String[] {"0x1", "+1", "%2B1", "01", "1;x=y", "%31", "1"}) {
            for (String download : new String[] {"/events.csv", "/proof.json"}) {
                HttpResponse<String> crossSite =
                        operator.send(HttpRequest.newBuilder(operator.uri("/runs/" + id + download))
                                .header("Sec-Fetch-Site", "cross-site"));
                // 400: Spring Security's firewall refuses ;parameters before the guard is asked
                assertThat(crossSite.statusCode()).as(id + download).isIn(400, 403);
            }
        }
        for (String id : new String[] {"0x1", "+1", "%2B1", "01"}) {
            HttpResponse<String> sameSite =
                    operator.send(HttpRequest.newBuilder(operator.uri("/runs/" + id + "/events.csv")));
            assertThat(sameSite.statusCode()).as(id).isIn(400, 404);
        }
    }

    private HttpResponse<String> wizardPost(String step, String form) throws IOException, InterruptedException {
        return operator.send(HttpRequest.newBuilder(operator.uri(draftPath + step))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form + "&_csrf=" + csrf)));
    }

    private HttpResponse<String> api(String path, String type, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return client.send(
                basic(HttpRequest.newBuilder(uri(path)), "operator")
                        .header("Content-Type", type)
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String path, String type, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return client.send(
                basic(HttpRequest.newBuilder(uri(path)), "admin")
                        .header("Content-Type", type)
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void assertApiError(HttpResponse<String> response, int... statuses) {
        assertThat(response.statusCode()).as(response.body()).isIn(box(statuses));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).startsWith("{\"errors\":[{").contains("\"message\":\"");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "\"status\"");
    }

    private static void assertErrorPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String marker = switch (status) {
            case 403 -> "Access denied";
            case 404 -> "Not found";
            default -> "id=\"error-status\">" + status + "<";
        };
        assertThat(response.body()).contains(marker, "</html>").doesNotContain("Exception");
    }

    private static Integer[] box(int... values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
