package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint, browser and API, for OPERATOR, REVIEWER, ADMIN and an anonymous visitor, in the
 * whole application with the real security configuration. The API uses real HTTP Basic credentials
 * of the configured users; the browser uses an authenticated session per role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Who {
        OPERATOR("operator"),
        REVIEWER("reviewer"),
        ADMIN("admin"),
        ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /**
     * ALLOWED: the handler ran (2xx, or a redirect that is not to the login page). CONFLICT: it ran
     * too, and the run refused (409: not in that state, or AWS access is off in tests).
     */
    enum Outcome {
        ALLOWED,
        CONFLICT,
        FORBIDDEN,
        LOGIN,
        UNAUTHORIZED
    }

    record Endpoint(String name, Function<Who, MockHttpServletRequestBuilder> request, Map<Who, Outcome> expected) {}

    static final String SEED_003 = readSeed003();

    @Autowired
    MockMvc mvc;

    final Map<Who, String> draftOf = new java.util.EnumMap<>(Who.class);
    String runId;

    @BeforeAll
    void prepareOneWalkedWizardPerCreatorAndOneRun() throws Exception {
        draftOf.put(Who.OPERATOR, walkedWizard(Who.OPERATOR));
        draftOf.put(Who.ADMIN, walkedWizard(Who.ADMIN));
        // reviewers and anonymous visitors are refused before the draft is looked at
        draftOf.put(Who.REVIEWER, draftOf.get(Who.OPERATOR));
        draftOf.put(Who.ANONYMOUS, draftOf.get(Who.OPERATOR));
        String location = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEED_003))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        runId = location.substring(location.lastIndexOf('/') + 1);
        // a live plan to read back (with AWS access off, the documents alone)
        int read = mvc.perform(post("/api/v1/runs/" + runId + "/plan").with(httpBasic("operator", "operator-pw")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(read).isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                Outcome expected = endpoint.expected().get(who);
                tests.add(DynamicTest.dynamicTest(
                        endpoint.name() + " as " + who + " -> " + expected,
                        () -> assertThat(outcomeOf(endpoint.request().apply(who), who))
                                .isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void browserPostsWithoutACsrfTokenAreRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/wizard/" + draftOf.get(Who.OPERATOR) + "/workload")
                        .param("workload", "ECS_TASK")
                        .param("region", "us-east-1")
                        .with(user("operator").roles("OPERATOR")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void apiRefusalsUseTheApiErrorShape() throws Exception {
        MockHttpServletResponse anonymous =
                mvc.perform(get("/api/v1/runs")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.getContentAsString()).contains("\"errors\"", "HTTP Basic");

        MockHttpServletResponse reviewer = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("reviewer", "reviewer-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEED_003))
                .andReturn()
                .getResponse();
        assertThat(reviewer.getStatus()).isEqualTo(403);
        assertThat(reviewer.getContentAsString()).contains("\"errors\"", "role");
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOneWasAccepted() throws Exception {
        assertThat(mvc.perform(get("/api/v1/runs").with(httpBasic("operator", "operator-pw")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/runs").with(httpBasic("operator", "wrong")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    private List<Endpoint> endpoints() {
        Map<Who, Outcome> everyone = expect(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.LOGIN);
        Map<Who, Outcome> creators = expect(Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.LOGIN);
        Map<Who, Outcome> public_ = expect(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);
        Map<Who, Outcome> apiEveryone = expect(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.UNAUTHORIZED);
        Map<Who, Outcome> apiCreators =
                expect(Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.UNAUTHORIZED);
        Map<Who, Outcome> admins = expect(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.LOGIN);
        Map<Who, Outcome> reviewersAndAdmins =
                expect(Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.LOGIN);
        Map<Who, Outcome> apiAdmins =
                expect(Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.UNAUTHORIZED);
        Map<Who, Outcome> scrapers = expect(Outcome.FORBIDDEN, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.UNAUTHORIZED);
        Map<Who, Outcome> apiCreatorsRunRefuses =
                expect(Outcome.CONFLICT, Outcome.FORBIDDEN, Outcome.CONFLICT, Outcome.UNAUTHORIZED);
        return List.of(
                new Endpoint("GET /login", who -> get("/login"), public_),
                new Endpoint("GET /actuator/health", who -> get("/actuator/health"), public_),
                // Prometheus scrapes with HTTP Basic (or a token); no login page to be sent to
                new Endpoint("GET /actuator/prometheus", who -> get("/actuator/prometheus"), scrapers),
                new Endpoint("GET /", who -> get("/"), everyone),
                new Endpoint("GET /runs", who -> get("/runs"), everyone),
                new Endpoint("GET /runs/{id}", who -> get("/runs/" + runId), everyone),
                new Endpoint("GET /runs/export?format=csv", who -> get("/runs/export?format=csv"), everyone),
                new Endpoint("GET /runs/export?format=jsonl", who -> get("/runs/export?format=jsonl"), everyone),
                new Endpoint(
                        "GET /runs/{id}/documents/{key}",
                        who -> get("/runs/" + runId + "/documents/sourcePermissionPolicy"),
                        everyone),
                new Endpoint(
                        "GET /runs/compare",
                        who -> get("/runs/compare").param("left", runId).param("right", runId),
                        everyone),
                new Endpoint(
                        "GET /roles",
                        who -> get("/roles").param("arn", "arn:aws:iam::555566667777:role/destination-account-role"),
                        everyone),
                new Endpoint("GET /runs/{id}/verify", who -> get("/runs/" + runId + "/verify"), everyone),
                new Endpoint("GET /runs/{id}/events.csv", who -> get("/runs/" + runId + "/events.csv"), everyone),
                new Endpoint("GET /runs/{id}/events.jsonl", who -> get("/runs/" + runId + "/events.jsonl"), everyone),
                new Endpoint("GET /runs/{id}/proof.json", who -> get("/runs/" + runId + "/proof.json"), everyone),
                new Endpoint(
                        "GET /runs/{id}/export/terraform",
                        who -> get("/runs/" + runId + "/export/terraform"),
                        everyone),
                new Endpoint(
                        "GET /runs/{id}/export/cloudformation",
                        who -> get("/runs/" + runId + "/export/cloudformation"),
                        everyone),
                new Endpoint("GET /audit/integrity", who -> get("/audit/integrity"), everyone),
                new Endpoint("GET /audit/integrity/check", who -> get("/audit/integrity/check"), everyone),
                new Endpoint("GET /audit/orphans", who -> get("/audit/orphans"), reviewersAndAdmins),
                new Endpoint(
                        "GET /audit/orphans?sweep=true",
                        who -> get("/audit/orphans").param("sweep", "true"),
                        reviewersAndAdmins),
                new Endpoint(
                        "POST /audit/checkpoints",
                        who -> post("/audit/checkpoints").with(csrf()),
                        reviewersAndAdmins),
                new Endpoint("GET /wizard", who -> get("/wizard"), creators),
                new Endpoint("GET /wizard/{draft}", who -> get(wizard(who, "")), creators),
                new Endpoint("GET /wizard/{draft}/workload", who -> get(wizard(who, "/workload")), creators),
                new Endpoint("GET /wizard/{draft}/source", who -> get(wizard(who, "/source")), creators),
                new Endpoint("GET /wizard/{draft}/destination", who -> get(wizard(who, "/destination")), creators),
                new Endpoint("GET /wizard/{draft}/details", who -> get(wizard(who, "/details")), creators),
                new Endpoint("GET /wizard/{draft}/preview", who -> get(wizard(who, "/preview")), creators),
                new Endpoint(
                        "GET /wizard/{draft}/documents/{key}",
                        who -> get(wizard(who, "/documents/taskDefinition")),
                        creators),
                new Endpoint("POST /wizard/{draft}/workload", who -> workloadStep(who, false), creators),
                new Endpoint("POST /wizard/{draft}/workload (back)", who -> workloadStep(who, true), creators),
                new Endpoint(
                        "POST /wizard/{draft}/source",
                        who -> sideStep(who, "/source", "111122223333", "my-ECS-task-role"),
                        creators),
                new Endpoint(
                        "POST /wizard/{draft}/destination",
                        who -> sideStep(who, "/destination", "555566667777", "destination-account-role"),
                        creators),
                new Endpoint("POST /wizard/{draft}/details", this::detailsStep, creators),
                new Endpoint(
                        "POST /wizard/{draft}/preview",
                        who -> post(wizard(who, "/preview"))
                                .param("planHash", "stale")
                                .with(csrf()),
                        creators),
                new Endpoint(
                        "POST /wizard/{draft}/delete",
                        who -> post("/wizard/" + freshDraft(who) + "/delete").with(csrf()),
                        creators),
                new Endpoint(
                        "POST /wizard/from-run/{id}",
                        who -> post("/wizard/from-run/" + runId).with(csrf()),
                        creators),
                new Endpoint("POST /logout", who -> post("/logout").with(csrf()), public_),
                new Endpoint("POST /api/v1/plans", who -> apiJson(post("/api/v1/plans")), apiEveryone),
                new Endpoint("POST /api/v1/runs", who -> apiJson(post("/api/v1/runs")), apiCreators),
                new Endpoint("GET /api/v1/runs", who -> get("/api/v1/runs"), apiEveryone),
                new Endpoint("GET /api/v1/runs/{id}", who -> get("/api/v1/runs/" + runId), apiEveryone),
                new Endpoint("GET /api/v1/runs/export.csv", who -> get("/api/v1/runs/export.csv"), apiEveryone),
                new Endpoint("GET /api/v1/runs/export.jsonl", who -> get("/api/v1/runs/export.jsonl"), apiEveryone),
                new Endpoint(
                        "GET /api/v1/runs/{id}/verify", who -> get("/api/v1/runs/" + runId + "/verify"), apiEveryone),
                new Endpoint(
                        "GET /api/v1/runs/{id}/events.csv",
                        who -> get("/api/v1/runs/" + runId + "/events.csv"),
                        apiEveryone),
                new Endpoint(
                        "GET /api/v1/runs/{id}/events.jsonl",
                        who -> get("/api/v1/runs/" + runId + "/events.jsonl"),
                        apiEveryone),
                new Endpoint(
                        "GET /api/v1/runs/{id}/proof", who -> get("/api/v1/runs/" + runId + "/proof"), apiEveryone),
                new Endpoint(
                        "GET /api/v1/runs/{id}/export/terraform",
                        who -> get("/api/v1/runs/" + runId + "/export/terraform"),
                        apiEveryone),
                new Endpoint(
                        "GET /api/v1/runs/{id}/export/cloudformation",
                        who -> get("/api/v1/runs/" + runId + "/export/cloudformation"),
                        apiEveryone),
                new Endpoint("GET /api/v1/audit/verify", who -> get("/api/v1/audit/verify"), apiEveryone),
                new Endpoint("GET /approvals", who -> get("/approvals"), admins),
                // a refused transition is a redirect with a flash message: the handler ran
                new Endpoint("POST /runs/{id}/submit", who -> runAction("submit"), creators),
                new Endpoint("POST /runs/{id}/cancel", who -> runAction("cancel"), creators),
                // a DRAFT cannot be un-wired: the run refuses with a flash message, the handler ran
                new Endpoint("POST /runs/{id}/unwire", who -> runAction("unwire"), creators),
                new Endpoint(
                        "POST /runs/{id}/approve", who -> runAction("approve").param("planHash", "x"), admins),
                new Endpoint(
                        "POST /runs/{id}/reject", who -> runAction("reject").param("reason", "x"), admins),
                // the confirmation pages before approve and apply: the roles of their POST (a DRAFT
                // is refused by the run: a redirect with a flash message, the handler ran)
                new Endpoint("GET /runs/{id}/approve", who -> get("/runs/" + runId + "/approve"), admins),
                new Endpoint("GET /runs/{id}/apply", who -> get("/runs/" + runId + "/apply"), creators),
                // the apply module: reading is for everyone, what calls AWS for operators and admins
                new Endpoint("GET /runs/{id}/progress", who -> get("/runs/" + runId + "/progress"), everyone),
                new Endpoint("POST /runs/{id}/live-plan", who -> runAction("live-plan"), creators),
                new Endpoint("POST /runs/{id}/apply", who -> runAction("apply"), creators),
                new Endpoint("POST /runs/{id}/retry", who -> runAction("retry"), creators),
                new Endpoint("POST /runs/{id}/reverify", who -> runAction("reverify"), creators),
                new Endpoint("GET /api/v1/runs/{id}/plan", who -> get("/api/v1/runs/" + runId + "/plan"), apiEveryone),
                new Endpoint(
                        "POST /api/v1/runs/{id}/plan", who -> post("/api/v1/runs/" + runId + "/plan"), apiCreators),
                new Endpoint(
                        "GET /api/v1/runs/{id}/steps", who -> get("/api/v1/runs/" + runId + "/steps"), apiEveryone),
                // a DRAFT cannot be applied, retried or re-verified: the handler ran and the run refused
                new Endpoint(
                        "POST /api/v1/runs/{id}/apply",
                        who -> post("/api/v1/runs/" + runId + "/apply"),
                        apiCreatorsRunRefuses),
                new Endpoint(
                        "POST /api/v1/runs/{id}/retry",
                        who -> post("/api/v1/runs/" + runId + "/retry"),
                        apiCreatorsRunRefuses),
                new Endpoint(
                        "POST /api/v1/runs/{id}/reverify",
                        who -> post("/api/v1/runs/" + runId + "/reverify"),
                        apiCreatorsRunRefuses),
                new Endpoint(
                        "POST /api/v1/runs/{id}/unwire",
                        who -> post("/api/v1/runs/" + runId + "/unwire"),
                        apiCreatorsRunRefuses),
                // the roles allowed get a run in which the transition succeeds (200)
                new Endpoint(
                        "POST /api/v1/runs/{id}/submit",
                        who -> post("/api/v1/runs/" + freshRun(who, false).id() + "/submit"),
                        apiCreators),
                new Endpoint(
                        "POST /api/v1/runs/{id}/cancel",
                        who -> post("/api/v1/runs/" + freshRun(who, false).id() + "/cancel"),
                        apiCreators),
                new Endpoint("POST /api/v1/runs/{id}/approve", this::apiApprove, apiAdmins),
                new Endpoint(
                        "POST /api/v1/runs/{id}/reject",
                        who -> post("/api/v1/runs/"
                                        + freshRun(Who.OPERATOR, true).id() + "/reject")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"reason\":\"Use the staging role.\"}"),
                        apiAdmins));
    }

    record FreshRun(String id, String planHash) {}

    /** OPERATOR and ADMIN create their own; the others are refused before the run is looked at. */
    private FreshRun freshRun(Who who, boolean submitted) {
        if (who != Who.OPERATOR && who != Who.ADMIN) {
            return new FreshRun(runId, "x");
        }
        try {
            String user = who.username;
            var created = mvc.perform(post("/api/v1/runs")
                            .with(httpBasic(user, user + "-pw"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(SEED_003))
                    .andReturn()
                    .getResponse();
            var body = tools.jackson.databind.json.JsonMapper.shared().readTree(created.getContentAsString());
            FreshRun run =
                    new FreshRun(body.get("id").asString(), body.get("planHash").asString());
            if (submitted) {
                mvc.perform(post("/api/v1/runs/" + run.id() + "/submit").with(httpBasic(user, user + "-pw")));
            }
            return run;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletRequestBuilder apiApprove(Who who) {
        FreshRun run = freshRun(who == Who.ADMIN ? Who.OPERATOR : who, who == Who.ADMIN);
        return post("/api/v1/runs/" + run.id() + "/approve")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"planHash\":\"" + run.planHash() + "\"}");
    }

    private MockHttpServletRequestBuilder runAction(String action) {
        return post("/runs/" + runId + "/" + action).with(csrf());
    }

    private Outcome outcomeOf(MockHttpServletRequestBuilder request, Who who) throws Exception {
        authenticate(request, who);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        if (status == 401) {
            return Outcome.UNAUTHORIZED;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 409) {
            return Outcome.CONFLICT;
        }
        if (status == 302 && redirect != null && redirect.endsWith("/login")) {
            return Outcome.LOGIN;
        }
        assertThat(status).as("a handled request answers 2xx or 3xx").isBetween(200, 399);
        return Outcome.ALLOWED;
    }

    /**
     * Browser URLs get a session user of the role; /api and the Prometheus scrape get that user's
     * real Basic credentials.
     */
    private static void authenticate(MockHttpServletRequestBuilder request, Who who) {
        if (who == Who.ANONYMOUS) {
            return;
        }
        String path = request.buildRequest(new org.springframework.mock.web.MockServletContext())
                .getRequestURI();
        if (path.startsWith("/api/") || path.equals("/actuator/prometheus")) {
            request.with(httpBasic(who.username, who.username + "-pw"));
        } else {
            request.with(user(who.username).roles(who.name()));
        }
    }

    /** A draft of its own for each creator, so deleting it leaves the shared ones in place. */
    private String freshDraft(Who who) {
        if (who != Who.OPERATOR && who != Who.ADMIN) {
            return draftOf.get(Who.OPERATOR);
        }
        try {
            String started = mvc.perform(get("/wizard").with(user(who.username).roles(who.name())))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            return started.split("/")[2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String wizard(Who who, String step) {
        return "/wizard/" + draftOf.get(who) + step;
    }

    private MockHttpServletRequestBuilder workloadStep(Who who, boolean back) {
        var request = post(wizard(who, "/workload"))
                .param("workload", "ECS_TASK")
                .param("region", "us-east-1")
                .with(csrf());
        return back ? request.param("back", "") : request;
    }

    private MockHttpServletRequestBuilder sideStep(Who who, String step, String account, String role) {
        return post(wizard(who, step))
                .param("accountId", account)
                .param("roleName", role)
                .param("create", "false")
                .with(csrf());
    }

    private MockHttpServletRequestBuilder detailsStep(Who who) {
        return post(wizard(who, "/details"))
                .param("ecs.family", "verify-assume-cross-account-role")
                .param("ecs.containerName", "test")
                .param("ecs.image", "your-test-image")
                .param("ecs.cpu", "100")
                .param("ecs.memory", "200")
                .param("ecs.launchType", "EC2")
                .param("ecs.executionRole.roleName", "ecsTaskExecutionRole")
                .param("ecs.executionRole.create", "false")
                .with(csrf());
    }

    private static MockHttpServletRequestBuilder apiJson(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).content(SEED_003);
    }

    private String walkedWizard(Who who) throws Exception {
        var session = user(who.username).roles(who.name());
        String first = mvc.perform(get("/wizard").with(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String draft = first.split("/")[2];
        draftOf.put(who, draft);
        for (MockHttpServletRequestBuilder step : List.of(
                workloadStep(who, false),
                sideStep(who, "/source", "111122223333", "my-ECS-task-role"),
                sideStep(who, "/destination", "555566667777", "destination-account-role"),
                detailsStep(who))) {
            int status =
                    mvc.perform(step.with(session)).andReturn().getResponse().getStatus();
            assertThat(status).as("wizard step for " + who).isEqualTo(302);
        }
        return draft;
    }

    private static Map<Who, Outcome> expect(Outcome operator, Outcome reviewer, Outcome admin, Outcome anonymous) {
        return Map.of(Who.OPERATOR, operator, Who.REVIEWER, reviewer, Who.ADMIN, admin, Who.ANONYMOUS, anonymous);
    }

    private static String readSeed003() {
        try {
            return Files.readString(Path.of("docs/examples/seed-003.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
