package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.wiring.DesiredResource.Ownership;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Resource kinds and decision notes now come from the message bundles. Plans stored before (English
 * only) must stay readable with their hash, the plan hash must not move, and the English the API and
 * the step records carry must read as before.
 */
class StoredPlanCompatibilityTest {

    /** The stored plan's own hash, and the plan hash the code before the change gave for {@link #sides()}. */
    private static final String STORED_HASH = "5f0c1b1e3d7a2c9e8b6a4d2f0e1c3b5a7d9f1e3c5b7a9d1f3e5c7b9a1d3f5e7c";

    private static final String HASH_BEFORE_THE_CHANGE =
            "e50a2cde8f2fdf731d39e5f09abbf118e2d5fff29bffa95080d087f44127f9b1";

    private static final WiringInput INPUT = new WiringInput(
            Workload.ECS_TASK,
            "us-east-1",
            new SourceRole("111122223333", "task", true),
            new DestinationRole("555566667777", "target", false, List.of()),
            new EcsTaskOptions("family", "app", "image", 100, 200, LaunchType.EC2, null, false),
            null);

    private final AwsText text = new AwsText(bundles());

    @Test
    void aPlanStoredBeforeTheCodesIsReadWithItsHashItsEnglishAndNoCodes() throws IOException {
        LivePlan stored = Json.read(storedPlan(), LivePlan.class);

        assertThat(stored.hash()).isEqualTo(STORED_HASH);
        assertThat(stored.resources())
                .extracting(PlannedResource::kind)
                .containsExactly("IAM role", "IAM role", "Inline policy");
        PlannedResource blocked = stored.resources().get(1);
        assertThat(blocked.change()).isEqualTo(Change.BLOCKED);
        assertThat(blocked.note())
                .isEqualTo("Role destination-account-role does not exist in account 555566667777 and this run does"
                        + " not create it.");
        assertThat(blocked.type()).isNull();
        assertThat(blocked.kindCode()).isNull();
        assertThat(blocked.noteCode()).isNull();
        assertThat(blocked.noteArgs()).isEmpty();
        assertThat(stored.resources().get(2).diff().changed()).isTrue();
        assertThat(stored.findings())
                .extracting(PlanFinding::originCode)
                .containsExactly("planFinding.origin.ROLEWIRE", "planFinding.origin.ACCESS_ANALYZER");
    }

    @Test
    void aStoredPlanWrittenBackAndReadAgainKeepsItsHashAndWords() throws IOException {
        LivePlan stored = Json.read(storedPlan(), LivePlan.class);

        LivePlan again = Json.read(Json.canonical(stored), LivePlan.class);

        assertThat(again).isEqualTo(stored);
        assertThat(again.hash()).isEqualTo(STORED_HASH);
    }

    @Test
    void aNewPlanStoresTheCodesBesideTheEnglishAndNothingDerived() {
        PlannedResource resource = new PlannedResource(
                "destination.role",
                Side.DESTINATION,
                "555566667777",
                "IAM role",
                "target",
                Change.BLOCKED,
                null,
                null,
                "{}",
                null,
                "Role target does not exist in account 555566667777 and this run does not create it.",
                "ROLE",
                "apply.note.roleMissing",
                List.of("target", "555566667777"));
        PlanFinding finding = new PlanFinding(
                PlanFinding.ACCESS_ANALYZER,
                "source.policy",
                io.rolewire.wiring.Severity.WARNING,
                "CODE",
                "SECURITY_WARNING",
                "message");

        String json = Json.canonical(resource) + Json.canonical(finding);

        assertThat(json)
                .contains("\"type\":\"ROLE\"", "\"noteCode\":\"apply.note.roleMissing\"", "\"kind\":\"IAM role\"")
                .doesNotContain("kindCode", "originCode", "labelCode");
        assertThat(Json.read(Json.canonical(resource), PlannedResource.class)).isEqualTo(resource);
        assertThat(resource.kindCode()).isEqualTo("apply.resource.ROLE");
        assertThat(finding.labelCode()).isEqualTo("planFinding.label.SECURITY_WARNING");
    }

    @Test
    void thePlanHashIsTheOneTheCodeBeforeTheChangeComputed() {
        // kinds and notes were never hashed: the hash covers the documents and what was read live
        assertThat(PlanHashes.of("documents-hash", sides())).isEqualTo(HASH_BEFORE_THE_CHANGE);
    }

    @Test
    void everyResourceKindHasItsWordsAndTheyReadAsBefore() {
        Map<ResourceType, String> before = Map.ofEntries(
                Map.entry(ResourceType.ROLE, "IAM role"),
                Map.entry(ResourceType.INLINE_POLICY, "Inline policy"),
                Map.entry(ResourceType.MANAGED_POLICY, "Managed policy attachment"),
                Map.entry(ResourceType.TRUST_POLICY, "Trust policy (merged)"),
                Map.entry(ResourceType.INSTANCE_PROFILE, "Instance profile"),
                Map.entry(ResourceType.INSTANCE_PROFILE_ROLE, "Role in instance profile"),
                Map.entry(ResourceType.TASK_DEFINITION, "Task definition"),
                // un-wire's (ADR 018)
                Map.entry(ResourceType.ROLE_DELETE, "IAM role (deleted)"),
                Map.entry(ResourceType.INLINE_POLICY_DELETE, "Inline policy (deleted)"),
                Map.entry(ResourceType.MANAGED_POLICY_DETACH, "Managed policy attachment (detached)"),
                Map.entry(ResourceType.TRUST_STATEMENT_REMOVE, "Trust policy (our statement taken out)"),
                Map.entry(ResourceType.INSTANCE_PROFILE_DELETE, "Instance profile (deleted)"),
                Map.entry(ResourceType.INSTANCE_PROFILE_ROLE_REMOVE, "Role in instance profile (taken out)"),
                Map.entry(ResourceType.TASK_DEFINITION_DEREGISTER, "Task definition revision (deregistered)"));

        for (ResourceType type : ResourceType.values()) {
            assertThat(text.of(type.messageCode())).as(type.name()).isEqualTo(before.get(type));
        }
    }

    @Test
    void theDecisionNotesComeFromTheBundlesInTheEnglishTheyHadBefore() {
        Decisions decisions = new Decisions(new Wiring());
        ResourceSpec missingRole = Specs.destinationRole("target", null, Ownership.MUST_EXIST);
        ResourceSpec profileRole = Specs.profileRole("profile", "task");
        ResourceSpec trust = Specs.destinationTrust("target", "{}");

        assertThat(text.of(decisions
                        .decide(missingRole, LiveResource.ABSENT, INPUT)
                        .note()))
                .isEqualTo("Role target does not exist in account 555566667777 and this run does not create it.");
        assertThat(text.of(decisions
                        .decide(profileRole, new LiveResource(true, "arn", null, List.of("other"), "r"), INPUT)
                        .note()))
                .isEqualTo("Instance profile profile already holds role other; IAM allows one role per instance"
                        + " profile.");
        assertThat(text.of(decisions.decide(trust, LiveResource.ABSENT, INPUT).note()))
                .isEqualTo("Written by CreateRole of the destination role.");
        assertThat(text.of(Note.of("apply.note.roleTrustDiffers")))
                .isEqualTo("Exists; its trust policy differs from the rendered one and is left as it is.");
        assertThat(text.of(Note.of("apply.note.newRevision", "family")))
                .isEqualTo("Registers a new revision of family.");
        assertThat(text.of(Note.of("apply.note.trustUnmergeable")))
                .isEqualTo("The live trust policy cannot be merged.");
        assertThat(text.of((Note) null)).isNull();
    }

    @Test
    void aTrustThatCannotBeMergedSaysTheWiringCoresSentenceWithItsCode() {
        ResourceSpec trust = Specs.destinationTrust("target", "{}");

        Decision refused = new Decisions(new Wiring()).decide(trust, LiveResource.of("id", "not json", "r"), INPUT);

        assertThat(refused.change()).isEqualTo(Change.BLOCKED);
        assertThat(refused.note().code()).isEqualTo("apply.note.trustRefused");
        assertThat(text.of(refused.note()))
                .isEqualTo(refused.findings().get(0).message() + " ("
                        + refused.findings().get(0).code() + ")");
    }

    /** What the live plan hash was golden-tested with, built the same way by the code before the change. */
    private static List<LivePlanner.SideRead> sides() {
        ResourceSpec role = Specs.sourceRole("my-ECS-task-role", "{\"trust\":1}", Ownership.CREATE_WHEN_ABSENT);
        ResourceSpec policy = Specs.inlinePolicy("my-ECS-task-role", "assume", "{\"policy\":1}");
        LivePlanner.SideRead source = new LivePlanner.SideRead(
                new AccountReach(Side.SOURCE, "111122223333", true, "arn:caller", null),
                null,
                List.of(role, policy),
                List.of(
                        new LiveResource(true, "AROAEXAMPLE", "{\"trust\":2}", List.of("b", "a"), "req-1"),
                        new LiveResource(false, null, null, List.of(), "req-2")),
                List.of(),
                List.of());
        LivePlanner.SideRead destination = new LivePlanner.SideRead(
                new AccountReach(Side.DESTINATION, "555566667777", false, null, "no credentials"),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return List.of(source, destination);
    }

    static String storedPlan() throws IOException {
        try (InputStream in =
                StoredPlanCompatibilityTest.class.getResourceAsStream("/plans/stored-before-message-codes.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "apply-messages", "aws-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
