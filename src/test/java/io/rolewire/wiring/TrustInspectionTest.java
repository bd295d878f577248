package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Findings on an existing trust policy: wildcard, root, orphaned and unscoped principals, sizes. */
class TrustInspectionTest {

    private final Wiring wiring = new Wiring();

    private Preview preview(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return preview;
    }

    private List<Finding> inspect(ObjectNode trustPolicy) {
        return wiring.inspectTrustPolicy(trustPolicy.toString());
    }

    @Test
    void wildcardPrincipalIsAnError() {
        ObjectNode anyone = TrustDocs.policy(TrustDocs.allowAws("*"));
        ObjectNode statement = TrustDocs.allowAws("x");
        statement.put("Principal", "*");

        assertThat(inspect(anyone))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.ERROR, FindingCodes.TRUST_WILDCARD_PRINCIPAL));
        assertThat(inspect(TrustDocs.policy(statement)))
                .extracting(Finding::code)
                .containsExactly(FindingCodes.TRUST_WILDCARD_PRINCIPAL);
        assertThat(inspect(TrustDocs.policy(TrustDocs.allowAws(WiringInputs.SOURCE_ROLE_ARN, "*"))))
                .extracting(Finding::code)
                .containsExactly(FindingCodes.TRUST_WILDCARD_PRINCIPAL);
    }

    @Test
    void wildcardInADenyTakesTrustAwayAndIsFine() {
        assertThat(inspect(TrustDocs.policy(TrustDocs.statement("Deny", "AWS", "*"))))
                .isEmpty();
    }

    @Test
    void ecsTasksTrustWithoutSourceConditionsIsAConfusedDeputyWarning() {
        assertThat(inspect(TrustDocs.policy(TrustDocs.allowService("ecs-tasks.amazonaws.com"))))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, FindingCodes.TRUST_CONFUSED_DEPUTY));
    }

    @Test
    void ecsTasksTrustScopedBySourceAccountOrArnIsFineWhateverTheKeysCase() {
        ObjectNode byAccount = TrustDocs.withCondition(
                TrustDocs.allowService("ecs-tasks.amazonaws.com"), "StringEquals", "aws:sourceaccount", "111122223333");
        ObjectNode byArn = TrustDocs.withCondition(
                TrustDocs.allowService("ecs-tasks.amazonaws.com"),
                "ArnLike",
                "aws:SourceArn",
                "arn:aws:ecs:us-east-1:111122223333:*");

        assertThat(inspect(TrustDocs.policy(byAccount, byArn))).isEmpty();
    }

    @Test
    void uniqueIdPrincipalIsAnOrphanedPrincipalWarning() {
        assertThat(inspect(TrustDocs.policy(TrustDocs.allowAws("AROA3A44JRHY6FFSMMJKN"))))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, FindingCodes.TRUST_ORPHANED_PRINCIPAL));
    }

    @Test
    void accountRootInAnyFormIsAWarning() {
        List<Finding> findings = inspect(TrustDocs.policy(
                TrustDocs.allowAws("arn:aws:iam::222233334444:root"), TrustDocs.allowAws("333344445555")));

        assertThat(findings)
                .extracting(Finding::severity, Finding::code)
                .containsExactly(
                        tuple(Severity.WARNING, FindingCodes.TRUST_ROOT_PRINCIPAL),
                        tuple(Severity.WARNING, FindingCodes.TRUST_ROOT_PRINCIPAL));
        assertThat(findings.get(1).message()).contains("333344445555").contains("Statement 2");
    }

    @Test
    void trustOverTheDefaultQuotaIsAWarningNamingIt() {
        List<Finding> findings = inspect(TrustDocs.manyRoles(25));

        assertThat(findings)
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, FindingCodes.TRUST_POLICY_LENGTH_QUOTA));
        assertThat(findings.get(0).message()).contains("\"Role trust policy length\" of 2,048");
    }

    @Test
    void trustOverTheHardMaximumIsAnError() {
        assertThat(inspect(TrustDocs.manyRoles(45)))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.ERROR, FindingCodes.TRUST_POLICY_LENGTH_MAX));
    }

    @Test
    void lengthIsCountedWithoutWhitespace() {
        ObjectNode justUnder = TrustDocs.manyRoles(17);
        assertThat(PolicyQuotas.length(justUnder)).isLessThan(PolicyQuotas.TRUST_POLICY_DEFAULT_QUOTA);
        String padded = justUnder.toString().replace(",", " ,\n      ");

        assertThat(padded.length()).isGreaterThan(PolicyQuotas.TRUST_POLICY_DEFAULT_QUOTA);
        assertThat(wiring.inspectTrustPolicy(padded)).isEmpty();
    }

    @Test
    void findingsComeMostSevereFirst() {
        ObjectNode mixed = TrustDocs.policy(
                TrustDocs.allowAws("AROA3A44JRHY6FFSMMJKN"),
                TrustDocs.allowService("ecs-tasks.amazonaws.com"),
                TrustDocs.allowAws("*"));

        assertThat(inspect(mixed))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(
                        tuple(Severity.ERROR, FindingCodes.TRUST_WILDCARD_PRINCIPAL),
                        tuple(Severity.WARNING, FindingCodes.TRUST_ORPHANED_PRINCIPAL),
                        tuple(Severity.WARNING, FindingCodes.TRUST_CONFUSED_DEPUTY));
    }

    @Test
    void somethingThatIsNotATrustPolicyIsOneInvalidError() {
        assertThat(wiring.inspectTrustPolicy("{\"Version\": 2012}"))
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.ERROR, FindingCodes.TRUST_POLICY_INVALID));
        assertThat(wiring.inspectTrustPolicy(null))
                .extracting(Finding::code)
                .containsExactly(FindingCodes.TRUST_POLICY_INVALID);
    }
}
