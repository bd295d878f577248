package io.rolewire.web.runs;

import static io.rolewire.web.runs.ApplyFixtures.READ_AT;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Words for people on the run page: resource kinds and notes from the bundles (and the English of
 * plans stored before that), hashes shortened with the full value kept, names that wrap at their
 * separators, the launch type in words.
 */
class WordsPagesTest extends RunPageSliceTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void aPlanStoredBeforeTheMessageCodesShowsTheEnglishItWasStoredWith() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(Json.read(storedPlan(), LivePlan.class)));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//tr[@id='resource-destination.role']/td[2]").string("IAM role"))
                .andExpect(xpath("normalize-space(//tr[@id='resource-destination.role']/td[5])")
                        .string("Role destination-account-role does not exist in account 555566667777 and this"
                                + " run does not create it."))
                .andExpect(xpath("//tr[@id='resource-source.policy']/td[2]").string("Inline policy"))
                .andExpect(xpath("//*[@id='live-plan-findings']/div[2]/h4").string("Found by IAM Access Analyzer"))
                .andExpect(xpath("//*[@id='live-plan-hash']/code")
                        .string("5f0c1b1e3d7a2c9e8b6a4d2f0e1c3b5a7d9f1e3c5b7a9d1f3e5c7b9a1d3f5e7c"));
    }

    @Test
    void aPlanWithMessageCodesIsSaidInTheBundlesWordsNotItsStoredEnglish() throws Exception {
        PlannedResource blocked = new PlannedResource(
                "destination.role",
                Side.DESTINATION,
                "555566667777",
                "stored kind",
                "destination-account-role",
                Change.BLOCKED,
                null,
                null,
                "{}",
                null,
                "stored note",
                "ROLE",
                "apply.note.roleMissing",
                List.of("destination-account-role", "555566667777"));
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(plan(List.of(blocked))));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//tr[@id='resource-destination.role']/td[2]").string("IAM role"))
                .andExpect(xpath("normalize-space(//tr[@id='resource-destination.role']/td[5])")
                        .string("Role destination-account-role does not exist in account 555566667777 and this"
                                + " run does not create it."))
                .andExpect(content().string(not(containsString("stored note"))))
                .andExpect(content().string(not(containsString("stored kind"))));
    }

    @Test
    void theHashIsShortOnScreenWithTheFullValueInTheElementItsTitleAndACopyButton() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(plan(List.of())));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//*[@id='live-plan-hash']/code[@id='live-plan-hash-value']")
                        .string(HASH))
                .andExpect(xpath("//code[@id='live-plan-hash-value']/@class").string("hash"))
                .andExpect(xpath("//code[@id='live-plan-hash-value']/@title").string(HASH))
                .andExpect(xpath("//code[@id='live-plan-hash-value']/@tabindex").string("0"))
                // shown by rolewire.js only; without it the full value is in the element, selectable
                .andExpect(xpath("//button[@data-copy-target='live-plan-hash-value']/@hidden")
                        .exists())
                .andExpect(xpath("normalize-space(//button[@data-copy-target='live-plan-hash-value'])")
                        .string("Copy the full hash"))
                .andExpect(xpath("//code[@id='plan-hash-value']/@class").string("hash"));
    }

    @Test
    void namesWrapAfterTheirSeparatorsAndReadUnchanged() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(ApplyFixtures.livePlan()));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//tr[@id='resource-source.role']/td[3]/code").string("my-ECS-task-role"))
                .andExpect(xpath("count(//tr[@id='resource-source.role']/td[3]/code/wbr)")
                        .number(3.0))
                .andExpect(xpath("//tr[@id='resource-source.role']/td[3]/code/@class")
                        .string("name"))
                .andExpect(content().string(not(containsString("text-break\" >my-ECS"))));
    }

    @Test
    void theLaunchTypeIsInWords() throws Exception {
        Run seed = runIn(RunStatus.SUBMITTED);
        WiringInput input = seed.input();
        EcsTaskOptions ecs = input.ecs();
        WiringInput fargate = new WiringInput(
                input.workload(),
                input.region(),
                input.source(),
                input.destination(),
                new EcsTaskOptions(
                        ecs.family(),
                        ecs.containerName(),
                        ecs.image(),
                        256,
                        512,
                        LaunchType.FARGATE,
                        ExecutionRoleOptions.disabled(),
                        false),
                null);
        Run run = new Run(
                42,
                RunStatus.DRAFT,
                fargate,
                seed.documents(),
                seed.findings(),
                seed.planHash(),
                seed.createdBy(),
                seed.createdAt());
        given(runs.find(42)).willReturn(Optional.of(run));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//dl[@id='inputs']").string(containsString("Fargate")))
                .andExpect(xpath("//dl[@id='inputs']").string(not(containsString("FARGATE"))))
                .andExpect(xpath("//dl[@id='inputs']").string(containsString("ECS task")));
    }

    private static LivePlan plan(List<PlannedResource> resources) {
        return new LivePlan(
                42,
                HASH,
                READ_AT,
                true,
                List.of(
                        new AccountReach(Side.SOURCE, "111122223333", true, "arn:caller", null),
                        new AccountReach(Side.DESTINATION, "555566667777", true, "arn:caller", null)),
                resources,
                List.of());
    }

    private static String storedPlan() throws IOException {
        try (InputStream in = WordsPagesTest.class.getResourceAsStream("/plans/stored-before-message-codes.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
