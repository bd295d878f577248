package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 003, the golden case: its inputs with 12-digit accounts give the seed's three documents. */
class Seed003GoldenTest {

    private final Wiring wiring = new Wiring();

    private Preview seed003Preview() {
        Preview preview = wiring.preview(WiringInputs.seed003().build());
        assertThat(preview.violations()).isEmpty();
        return preview;
    }

    private String content(Preview preview, String key) {
        return preview.document(key).orElseThrow().content();
    }

    @Test
    void sourcePermissionPolicyAllowsAssumingTheDestinationRoleAsInTheSeed() {
        assertSemanticallyEqual(
                content(seed003Preview(), DocumentKeys.SOURCE_PERMISSION_POLICY),
                "seed003-source-permission-policy.json");
    }

    @Test
    void destinationTrustPolicyTrustsTheSourceRoleArnAsInTheSeed() {
        assertSemanticallyEqual(
                content(seed003Preview(), DocumentKeys.DESTINATION_TRUST_POLICY),
                "seed003-destination-trust-policy.json");
    }

    @Test
    void taskDefinitionHasExactlyTheSeedsKeysAndValues() {
        String taskDefinition = content(seed003Preview(), DocumentKeys.TASK_DEFINITION);

        assertThat(GoldenJson.parse(taskDefinition)).isEqualTo(GoldenJson.golden("seed003-task-definition.json"));
    }

    @Test
    void everyOptionalExtraOffGivesOnlyTheCoreDocumentsInDisplayOrder() {
        assertThat(seed003Preview().documents())
                .extracting(Document::key)
                .containsExactly(
                        DocumentKeys.SOURCE_PERMISSION_POLICY,
                        DocumentKeys.DESTINATION_TRUST_POLICY,
                        DocumentKeys.TASK_DEFINITION,
                        DocumentKeys.CLI_PROFILE,
                        DocumentKeys.CLI_SCRIPT,
                        DocumentKeys.SOURCE_DEPLOYER_POLICY,
                        DocumentKeys.DESTINATION_DEPLOYER_POLICY);
    }

    @Test
    void theSeedsSixteenDigitPlaceholderAccountsAreRejectedNamingTheTwelveDigitRule() {
        WiringInput seedAsWritten = WiringInputs.seed003()
                .source("1111222233334444", WiringInputs.SOURCE_ROLE, false)
                .destination("5555666677778888", WiringInputs.DESTINATION_ROLE)
                .build();

        Preview preview = wiring.preview(seedAsWritten);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.documents()).isEmpty();
        assertThat(preview.planHash()).isNull();
        assertThat(preview.violations())
                .extracting(Violation::field, Violation::code, Violation::defaultMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "source.accountId",
                                "wiring.accountId.format",
                                "An AWS account ID is exactly 12 digits; '1111222233334444' has 16."),
                        org.assertj.core.groups.Tuple.tuple(
                                "destination.accountId",
                                "wiring.accountId.format",
                                "An AWS account ID is exactly 12 digits; '5555666677778888' has 16."));
        assertThat(preview.violations().get(0).args()).isEqualTo(List.of("1111222233334444", "16"));
    }

    @Test
    void cliProfileIsTheSeedsProfileNamedAfterTheDestinationRoleWithAOneHourSession() {
        String profile = content(seed003Preview(), DocumentKeys.CLI_PROFILE);

        assertThat(profile.lines().filter(line -> !line.startsWith("#")))
                .containsExactly(
                        "[profile destination-account-role]",
                        "role_arn = " + WiringInputs.DESTINATION_ROLE_ARN,
                        "credential_source = EcsContainer",
                        "duration_seconds = 3600");
        assertThat(profile.lines().filter(line -> line.startsWith("#"))).isNotEmpty();
    }

    @Test
    void documentsHaveTheFormatsTheirKeysPromise() {
        assertThat(seed003Preview().documents())
                .extracting(Document::key, Document::format)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(DocumentKeys.TASK_DEFINITION, DocumentFormat.JSON),
                        org.assertj.core.groups.Tuple.tuple(DocumentKeys.CLI_PROFILE, DocumentFormat.INI),
                        org.assertj.core.groups.Tuple.tuple(DocumentKeys.CLI_SCRIPT, DocumentFormat.SHELL));
    }
}
