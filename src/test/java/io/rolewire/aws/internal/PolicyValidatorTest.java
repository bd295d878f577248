package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidation.Status;
import io.rolewire.testsupport.aws.AccessAnalyzerStub;
import io.rolewire.testsupport.aws.AccessAnalyzerStub.Reason;
import io.rolewire.testsupport.aws.ProxiedCall;
import org.junit.jupiter.api.Test;

/**
 * Access Analyzer's ValidatePolicy and its checks of a trust policy: Floci has none, so findings come from the AccessAnalyzerStub the
 * proxy routes to; without the route, Floci's own 404 is an endpoint without the analyzer.
 */
class PolicyValidatorTest extends ProxiedAccounts {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"arn:aws:iam::555566667777:role/destination-account-role\"}]}";

    @Test
    void identityPoliciesAreValidatedAsSuchAndFindingsComeBack() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer()
                .finding("SECURITY_WARNING", "PASS_ROLE_WITH_STAR_IN_RESOURCE", "Using iam:PassRole with * is risky.");

        PolicyValidation validation = source().policyValidator().validate(POLICY, PolicyKind.IDENTITY_POLICY);

        assertThat(validation.status()).isEqualTo(Status.VALIDATED);
        assertThat(validation.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.type()).isEqualTo("SECURITY_WARNING");
            assertThat(finding.issueCode()).isEqualTo("PASS_ROLE_WITH_STAR_IN_RESOURCE");
            assertThat(finding.message()).isEqualTo("Using iam:PassRole with * is risky.");
        });
        ProxiedCall sent = proxy().calls("ValidatePolicy").get(0);
        assertThat(sent.parameter("policyType")).isEqualTo("IDENTITY_POLICY");
        assertThat(sent.parameter("policyDocument")).isEqualTo(POLICY);
        assertThat(validation.requestId()).isNotBlank();
    }

    @Test
    void trustPoliciesAreValidatedAsAssumeRolePolicyDocuments() {
        proxy().route("access-analyzer", analyzer().endpoint());
        PolicyValidation validation = source().policyValidator()
                .validate(trustingRole("arn:aws:iam::111122223333:role/r"), PolicyKind.TRUST_POLICY);

        assertThat(validation.status()).isEqualTo(Status.VALIDATED);
        assertThat(validation.findings()).isEmpty();
        ProxiedCall sent = proxy().calls("ValidatePolicy").get(0);
        assertThat(sent.parameter("policyType")).isEqualTo("RESOURCE_POLICY");
        assertThat(sent.parameter("validatePolicyResourceType")).isEqualTo("AWS::IAM::AssumeRolePolicyDocument");
    }

    @Test
    void aDeniedCallSaysSoInsteadOfThrowing() {
        proxy().route("access-analyzer", analyzer().endpoint());
        proxy().faults().fail("ValidatePolicy", "AccessDeniedException", 1);

        PolicyValidation validation = source().policyValidator().validate(POLICY, PolicyKind.IDENTITY_POLICY);

        assertThat(validation.status()).isEqualTo(Status.DENIED);
        assertThat(validation.reason()).contains("AccessDenied");
    }

    @Test
    void anEndpointWithoutAccessAnalyzerSaysUnavailable() {
        // not routed to the stub: Floci answers 404 UnknownOperationException

        PolicyValidation validation = source().policyValidator().validate(POLICY, PolicyKind.IDENTITY_POLICY);

        assertThat(validation.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(validation.findings()).isEmpty();
    }

    @Test
    void checkNoNewAccessComparesTrustPoliciesAsResourcePolicies() {
        proxy().route("access-analyzer", analyzer().endpoint());
        String before = trustingRole("arn:aws:iam::111122223333:role/a");
        String after = trustingRole("arn:aws:iam::111122223333:role/b");

        AccessCheck check = source().policyValidator().checkNoNewAccess(after, before);

        assertThat(check.answered()).isTrue();
        assertThat(check.passed()).isTrue();
        assertThat(check.operation()).isEqualTo("CheckNoNewAccess");
        assertThat(check.message()).isEqualTo("The updated policy does not grant new access.");
        assertThat(check.requestId()).isEqualTo("analyzer-stub-CheckNoNewAccess");
        assertThat(analyzer().received(AccessAnalyzerStub.CHECK_NO_NEW_ACCESS))
                .singleElement()
                .satisfies(sent -> {
                    assertThat(sent.field("newPolicyDocument")).isEqualTo(after);
                    assertThat(sent.field("existingPolicyDocument")).isEqualTo(before);
                    assertThat(sent.field("policyType")).isEqualTo("RESOURCE_POLICY");
                });
    }

    @Test
    void aFailedCheckComesBackWithAccessAnalyzersReasons() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer()
                .fails(
                        AccessAnalyzerStub.CHECK_NO_NEW_ACCESS,
                        "The modified permissions grant new access.",
                        new Reason("Statement 1 trusts a new principal.", 1, null),
                        new Reason("A Sid'd statement.", null, "Ci"));

        AccessCheck check = source().policyValidator().checkNoNewAccess(POLICY, POLICY);

        assertThat(check.answered()).isTrue();
        assertThat(check.passed()).isFalse();
        assertThat(check.message()).isEqualTo("The modified permissions grant new access.");
        assertThat(check.reasons())
                .containsExactly(
                        new AccessCheck.Reason("Statement 1 trusts a new principal.", 1, null),
                        new AccessCheck.Reason("A Sid'd statement.", null, "Ci"));
    }

    @Test
    void checkNoPublicAccessReadsTheDocumentAsAnAssumeRolePolicy() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer().fails(AccessAnalyzerStub.CHECK_NO_PUBLIC_ACCESS, "Public.", new Reason("Principal *.", 0, null));
        String trust = trustingRole("*");

        AccessCheck check = source().policyValidator().checkNoPublicAccess(trust);

        assertThat(check.passed()).isFalse();
        assertThat(check.reasons()).extracting(AccessCheck.Reason::description).containsExactly("Principal *.");
        assertThat(analyzer().received(AccessAnalyzerStub.CHECK_NO_PUBLIC_ACCESS))
                .singleElement()
                .satisfies(sent -> {
                    assertThat(sent.field("policyDocument")).isEqualTo(trust);
                    assertThat(sent.field("resourceType")).isEqualTo("AWS::IAM::AssumeRolePolicyDocument");
                });
    }

    @Test
    void aDeniedCheckSaysSoWithItsRequestId() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer().errs(AccessAnalyzerStub.CHECK_NO_PUBLIC_ACCESS, 403, "AccessDeniedException", "Not authorized.");

        AccessCheck check = source().policyValidator().checkNoPublicAccess(POLICY);

        assertThat(check.answered()).isFalse();
        assertThat(check.status()).isEqualTo(Status.DENIED);
        assertThat(check.passed()).isFalse();
        assertThat(check.reason()).contains("AccessDenied");
        assertThat(check.requestId()).isEqualTo("analyzer-stub-CheckNoPublicAccess");
    }

    @Test
    void checksAtAnEndpointWithoutAccessAnalyzerSayUnavailable() {
        // not routed to the stub: Floci answers 404 UnknownOperationException

        AccessCheck check = source().policyValidator().checkNoNewAccess(POLICY, POLICY);

        assertThat(check.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(proxy().calls("CheckNoNewAccess"))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(404));
    }
}
