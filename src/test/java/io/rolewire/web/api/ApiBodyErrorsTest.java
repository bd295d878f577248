package io.rolewire.web.api;

import static io.rolewire.web.api.ApiRequests.SEED_003;
import static io.rolewire.web.api.ApiRequests.postJson;
import static io.rolewire.web.api.ApiRequests.seedWith;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Runs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Request bodies the API must refuse before the wiring core sees them: every one is a 400 (or 415)
 * in the {@code {"errors": [{"field", "message"}]}} shape, naming the dotted field, never a 500 and
 * never an exception text. The same binding serves plans and runs, so both URLs are exercised.
 */
@ApiSliceTest
class ApiBodyErrorsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Runs runs;

    @MockitoBean
    EventLog eventLog;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    HistoryExports exports;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plans", "/api/v1/runs"})
    void malformedJsonNamesNoFieldAndShowsOnlyTheParsersWords(String url) throws Exception {
        plan(url, "{\"workload\": \"ECS_TASK\", \"region\" \"us-east-1\"}")
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(null, allOf(startsWith("Malformed JSON: "), containsString("line 1"))));
    }

    @Test
    void truncatedJsonIsMalformed() throws Exception {
        plan(SEED_003.substring(0, 80))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(null, startsWith("Malformed JSON: ")));
    }

    @Test
    void contentAfterTheObjectIsMalformedRatherThanIgnored() throws Exception {
        plan(SEED_003 + " {\"workload\": \"EC2_INSTANCE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(null, startsWith("Malformed JSON: ")));
    }

    @Test
    void aDuplicateKeyIsMalformedRatherThanLastOneWins() throws Exception {
        plan(seedWith("\"region\": \"us-east-1\",", "\"region\": \"us-east-1\", \"region\": \"eu-west-1\","))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(null, allOf(startsWith("Malformed JSON: "), containsString("region"))));
    }

    @Test
    void anAbsurdlyDeepValueIsRefusedAtItsFirstWrongToken() throws Exception {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        plan(seedWith("\"managedPolicyArns\": []", "\"managedPolicyArns\": " + deep))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("destination.managedPolicyArns[0]", "Must be a JSON string."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null"})
    void aMissingBodyIsRefused(String body) throws Exception {
        plan(body).andExpect(status().isBadRequest()).andExpect(onlyError(null, "A JSON request body is required."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"ECS_TASK\"", "42"})
    void aBodyThatIsNotAnObjectIsRefused(String body) throws Exception {
        plan(body)
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(null, "The request body must be a JSON object."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"100\"", "1.5", "true", "99999999999", "{}", "[100]"})
    void cpuMustBeAWholeNumber(String cpu) throws Exception {
        plan(seedWith("\"cpu\": 100", "\"cpu\": " + cpu))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("ecs.cpu", "Must be a whole number (no quotes, no fraction)."));
    }

    @Test
    void anAccountIdMustBeAStringSoLeadingZerosSurvive() throws Exception {
        plan(seedWith("\"accountId\": \"111122223333\"", "\"accountId\": 111122223333"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("source.accountId", "Must be a JSON string."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "1", "\"false\""})
    void createMustBeABoolean(String create) throws Exception {
        plan(seedWith("\"create\": false}", "\"create\": " + create + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("source.create", "Must be true or false."));
    }

    @Test
    void aPartThatMustBeAnObjectIsNamed() throws Exception {
        plan(seedWith("\"ecs\": {", "\"ecs\": \"fargate\", \"unused\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("ecs", "Must be a JSON object."));
    }

    @Test
    void aListMustBeAnArray() throws Exception {
        plan(seedWith("\"managedPolicyArns\": []", "\"managedPolicyArns\": \"arn:aws:iam::aws:policy/ReadOnlyAccess\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("destination.managedPolicyArns", "Must be a JSON array."));
    }

    @Test
    void aNullListElementIsNamedWithItsIndex() throws Exception {
        plan(seedWith(
                        "\"managedPolicyArns\": []",
                        "\"managedPolicyArns\": [\"arn:aws:iam::aws:policy/ReadOnlyAccess\", null]"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("destination.managedPolicyArns[1]", "must not be null"));
    }

    @Test
    void anUnknownWorkloadListsTheAllowedValues() throws Exception {
        plan(seedWith("\"ECS_TASK\"", "\"LAMBDA\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("workload", "'LAMBDA' is not allowed; use one of: ECS_TASK, EC2_INSTANCE."));
    }

    @Test
    void anUnknownLaunchTypeListsTheAllowedValues() throws Exception {
        plan(seedWith("\"EC2\"", "\"SPOT\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("ecs.launchType", "'SPOT' is not allowed; use one of: EC2, FARGATE."));
    }

    @Test
    void anEnumIsNeverReadFromItsIndex() throws Exception {
        plan(seedWith("\"ECS_TASK\"", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("workload", "Must be one of: ECS_TASK, EC2_INSTANCE."));
    }

    @Test
    void aMisspelledPropertyIsRefusedNotDropped() throws Exception {
        plan(seedWith("\"accountId\": \"111122223333\"", "\"accountID\": \"111122223333\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(
                        "source.accountID", "Unknown property 'accountID'; known here: accountId, create, roleName."));
    }

    @Test
    void anUnknownTopLevelPropertyIsRefused() throws Exception {
        plan(seedWith("\"region\": \"us-east-1\"", "\"regoin\": \"us-east-1\""))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError(
                        "regoin", startsWith("Unknown property 'regoin'; known here: accessUntil, destination, ec2,")));
    }

    @Test
    void anUnknownPropertyDeepInsideIsNamedWithItsPath() throws Exception {
        plan(seedWith("{\"enabled\": false}", "{\"enabled\": false, \"secretArn\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ecs.executionRole.secretArn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("secretArns")));
    }

    @Test
    void overLongStringsAreRefusedBeforeTheDomainSeesThemAllAtOnce() throws Exception {
        // half a megabyte: under rolewire.web.max-request-size (1MB), which would answer 413 first
        String halfMegabyte = "r".repeat(512 * 1024);
        plan(seedWith("\"my-ECS-task-role\"", "\"" + halfMegabyte + "\"")
                        .replace("\"your-test-image\"", "\"" + "i".repeat(1025) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.field == 'source.roleName')].message")
                        .value("size must be between 0 and 256"))
                .andExpect(jsonPath("$.errors[?(@.field == 'ecs.image')].message")
                        .value("size must be between 0 and 1024"))
                .andExpect(noInternals())
                .andExpect(content().string(not(containsString("rrrrrrrrrr"))));
    }

    @Test
    void aWrongContentTypeIs415InTheSameShape() throws Exception {
        mvc.perform(post("/api/v1/plans")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(SEED_003))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(onlyError(
                        null, allOf(startsWith("Content type 'text/plain"), containsString("send application/json."))));
    }

    @Test
    void aFormPostIs415TooNotAnEmptyPlan() throws Exception {
        mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("workload=ECS_TASK"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(onlyError(null, containsString("application/x-www-form-urlencoded")));
    }

    private ResultActions plan(String body) throws Exception {
        return plan("/api/v1/plans", body);
    }

    private ResultActions plan(String url, String body) throws Exception {
        return mvc.perform(postJson(url, body, "operator"));
    }

    static ResultMatcher onlyError(String field, String message) {
        return onlyError(field, org.hamcrest.Matchers.equalTo(message));
    }

    static ResultMatcher onlyError(String field, org.hamcrest.Matcher<? super String> message) {
        ResultMatcher fieldMatcher = field == null
                ? jsonPath("$.errors[0].field", nullValue())
                : jsonPath("$.errors[0].field").value(field);
        List<ResultMatcher> all = List.of(
                content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON),
                jsonPath("$.errors", hasSize(1)),
                fieldMatcher,
                jsonPath("$.errors[0].message", message),
                noInternals());
        return result -> {
            for (ResultMatcher matcher : all) {
                matcher.match(result);
            }
        };
    }

    /** No exception class, package name, parser source or stack frame in a body. */
    static ResultMatcher noInternals() {
        return content()
                .string(allOf(
                        not(containsString("Exception")),
                        not(containsString("java.")),
                        not(containsString("tools.jackson")),
                        not(containsString("io.rolewire")),
                        not(containsString("[Source")),
                        not(containsString("\tat "))));
    }
}
