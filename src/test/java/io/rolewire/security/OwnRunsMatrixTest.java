package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.rolewire.web.FlashMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second half of the authorization matrix ({@link AuthorizationMatrixTest} has every endpoint
 * per role): every endpoint of one run, browser and API, for each role on its own run and on
 * someone else's, each case on a fresh run in the state the action needs (DRAFT, SUBMITTED or
 * APPROVED). Kept in its own class so that the endpoint table of the first half stays readable.
 * The acting request of an API case uses real HTTP Basic credentials. A browser refusal is a redirect to the run with a danger flash; it counts as FORBIDDEN when the
 * run refused the person (or role), CONFLICT when it refused the state or AWS is off.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnRunsMatrixTest {

    enum Who {
        OPERATOR,
        REVIEWER,
        ADMIN,
        ANONYMOUS
    }

    enum Whose {
        OWN,
        OTHERS
    }

    enum State {
        DRAFT,
        SUBMITTED,
        APPROVED
    }

    enum Outcome {
        ALLOWED,
        CONFLICT,
        FORBIDDEN,
        LOGIN,
        UNAUTHORIZED
    }

    /** Who may do what to a run, as README and DESIGN.md say. */
    enum Rule {
        READ,
        REQUESTER_ONLY,
        FOUR_EYES,
        REQUESTER_OR_ADMIN,
        /** apply on an APPROVED run: the person check passes for the requester or an admin, then AWS is off. */
        APPLY,
        /** retry and re-verify need FAILED or VERIFIED runs: the state refuses first. */
        WRONG_STATE
    }

    record Endpoint(
            String name, State state, Rule rule, BiFunction<String, String, MockHttpServletRequestBuilder> request) {}

    static final String SEED_003 = read("docs/examples/seed-003.json");

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyRunEndpointForEveryRoleOnItsOwnAndSomeoneElsesRun() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                for (Whose whose : Whose.values()) {
                    if (whose == Whose.OWN && (who == Who.REVIEWER || who == Who.ANONYMOUS)) {
                        continue; // they never own a run
                    }
                    Outcome expected = expected(endpoint, who, whose);
                    tests.add(DynamicTest.dynamicTest(
                            endpoint.name() + " as " + who + " on " + whose + " run -> " + expected,
                            () -> assertThat(outcomeOf(endpoint, who, whose)).isEqualTo(expected)));
                }
            }
        }
        return tests.stream();
    }

    static Outcome expected(Endpoint endpoint, Who who, Whose whose) {
        boolean api = endpoint.name().contains("/api/");
        if (who == Who.ANONYMOUS) {
            return api ? Outcome.UNAUTHORIZED : Outcome.LOGIN;
        }
        boolean own = whose == Whose.OWN;
        return switch (endpoint.rule()) {
            case READ -> Outcome.ALLOWED;
            case REQUESTER_ONLY -> who != Who.REVIEWER && own ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case FOUR_EYES -> who == Who.ADMIN && !own ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case REQUESTER_OR_ADMIN ->
                who == Who.ADMIN || (who == Who.OPERATOR && own) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case APPLY -> who == Who.ADMIN || (who == Who.OPERATOR && own) ? Outcome.CONFLICT : Outcome.FORBIDDEN;
            case WRONG_STATE -> who == Who.REVIEWER ? Outcome.FORBIDDEN : Outcome.CONFLICT;
        };
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (String read : List.of(
                "",
                "/plan",
                "/steps",
                "/verify",
                "/events.csv",
                "/events.jsonl",
                "/proof",
                "/export/terraform",
                "/export/cloudformation")) {
            all.add(new Endpoint(
                    "GET /api/v1/runs/{id}" + read,
                    State.DRAFT,
                    Rule.READ,
                    (id, hash) -> get("/api/v1/runs/" + id + read)));
        }
        for (String read : List.of(
                "",
                "/progress",
                "/verify",
                "/events.csv",
                "/events.jsonl",
                "/proof.json",
                "/export/terraform",
                "/export/cloudformation",
                "/documents/taskDefinition")) {
            all.add(new Endpoint(
                    "GET /runs/{id}" + read, State.DRAFT, Rule.READ, (id, hash) -> get("/runs/" + id + read)));
        }
        all.add(api("plan", State.DRAFT, Rule.REQUESTER_OR_ADMIN));
        all.add(api("submit", State.DRAFT, Rule.REQUESTER_ONLY));
        all.add(api("cancel", State.DRAFT, Rule.REQUESTER_ONLY));
        all.add(new Endpoint(
                "POST /api/v1/runs/{id}/approve",
                State.SUBMITTED,
                Rule.FOUR_EYES,
                (id, hash) -> post("/api/v1/runs/" + id + "/approve")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"planHash\":\"" + hash + "\"}")));
        all.add(new Endpoint(
                "POST /api/v1/runs/{id}/reject",
                State.SUBMITTED,
                Rule.FOUR_EYES,
                (id, hash) -> post("/api/v1/runs/" + id + "/reject")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Use the staging role.\"}")));
        all.add(api("apply", State.APPROVED, Rule.APPLY));
        all.add(api("retry", State.APPROVED, Rule.WRONG_STATE));
        all.add(api("reverify", State.APPROVED, Rule.WRONG_STATE));
        all.add(browser("live-plan", State.DRAFT, Rule.REQUESTER_OR_ADMIN));
        all.add(browser("submit", State.DRAFT, Rule.REQUESTER_ONLY));
        all.add(browser("cancel", State.DRAFT, Rule.REQUESTER_ONLY));
        all.add(new Endpoint(
                "POST /runs/{id}/approve",
                State.SUBMITTED,
                Rule.FOUR_EYES,
                (id, hash) ->
                        post("/runs/" + id + "/approve").param("planHash", hash).with(csrf())));
        all.add(new Endpoint(
                "POST /runs/{id}/reject",
                State.SUBMITTED,
                Rule.FOUR_EYES,
                (id, hash) -> post("/runs/" + id + "/reject")
                        .param("reason", "Use the staging role.")
                        .with(csrf())));
        // the confirmation pages call nothing: shown to whoever the run's rules let make the POST
        all.add(new Endpoint(
                "GET /runs/{id}/approve",
                State.SUBMITTED,
                Rule.FOUR_EYES,
                (id, hash) -> get("/runs/" + id + "/approve")));
        all.add(new Endpoint(
                "GET /runs/{id}/apply",
                State.APPROVED,
                Rule.REQUESTER_OR_ADMIN,
                (id, hash) -> get("/runs/" + id + "/apply")));
        all.add(browser("apply", State.APPROVED, Rule.APPLY));
        all.add(browser("retry", State.APPROVED, Rule.WRONG_STATE));
        all.add(browser("reverify", State.APPROVED, Rule.WRONG_STATE));
        return all;
    }

    private static Endpoint api(String action, State state, Rule rule) {
        return new Endpoint(
                "POST /api/v1/runs/{id}/" + action,
                state,
                rule,
                (id, hash) -> post("/api/v1/runs/" + id + "/" + action));
    }

    private static Endpoint browser(String action, State state, Rule rule) {
        return new Endpoint(
                "POST /runs/{id}/" + action,
                state,
                rule,
                (id, hash) -> post("/runs/" + id + "/" + action).with(csrf()));
    }

    private Outcome outcomeOf(Endpoint endpoint, Who who, Whose whose) throws Exception {
        String owner = owner(who, whose);
        String[] run = run(owner, endpoint.state());
        MockHttpServletRequestBuilder request = endpoint.request().apply(run[0], run[1]);
        if (who != Who.ANONYMOUS) {
            String username = who.name().toLowerCase();
            request.with(
                    endpoint.name().contains("/api/")
                            ? httpBasic(username, username + "-pw")
                            : user(username).roles(who.name()));
        }
        MvcResult result = mvc.perform(request).andReturn();
        return outcome(result);
    }

    /** The run's creator: the acting user for their own run; another operator otherwise. */
    private static String owner(Who who, Whose whose) {
        if (whose == Whose.OWN) {
            return who.name().toLowerCase();
        }
        return who == Who.OPERATOR ? "operator2" : "operator";
    }

    private static Outcome outcome(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        if (status == 302 && redirect != null && redirect.endsWith("/login")) {
            return Outcome.LOGIN;
        }
        if (result.getFlashMap() != null
                && result.getFlashMap().get(FlashMessage.ATTRIBUTE) instanceof FlashMessage flash
                && "danger".equals(flash.level())) {
            boolean person = flash.code().endsWith("NOT_REQUESTER")
                    || flash.code().endsWith("SELF_APPROVAL")
                    || flash.code().endsWith("WRONG_ROLE");
            return person ? Outcome.FORBIDDEN : Outcome.CONFLICT;
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHORIZED;
            case 403 -> Outcome.FORBIDDEN;
            case 409 -> Outcome.CONFLICT;
            default -> {
                assertThat(status).as("a handled request answers 2xx or 3xx").isBetween(200, 399);
                yield Outcome.ALLOWED;
            }
        };
    }

    /** A fresh run of {@code owner} in {@code state}, with a live plan read; its id and plan hash. */
    private String[] run(String owner, State state) throws Exception {
        var created = mvc.perform(post("/api/v1/runs")
                        .with(signedIn(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEED_003))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        var body = JsonMapper.shared().readTree(created.getContentAsString());
        String id = body.get("id").asString();
        String hash = body.get("planHash").asString();
        expect(post("/api/v1/runs/" + id + "/plan").with(signedIn(owner)), 200);
        if (state != State.DRAFT) {
            expect(post("/api/v1/runs/" + id + "/submit").with(signedIn(owner)), 200);
        }
        if (state == State.APPROVED) {
            expect(
                    post("/api/v1/runs/" + id + "/approve")
                            .with(signedIn(owner.equals("admin") ? "admin2" : "admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"planHash\":\"" + hash + "\"}"),
                    200);
        }
        return new String[] {id, hash};
    }

    private void expect(MockHttpServletRequestBuilder request, int status) throws Exception {
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(status);
    }

    /** Preparing a run signs in without a password check (bcrypt would dominate the run time). */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return user(username).roles(username.startsWith("admin") ? "ADMIN" : "OPERATOR");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
