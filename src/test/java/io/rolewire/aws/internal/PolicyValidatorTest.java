package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidation.Status;
import io.rolewire.testsupport.aws.ProxiedCall;
import org.junit.jupiter.api.Test;

/**
 * Access Analyzer's ValidatePolicy: Floci has none, so findings come from the AccessAnalyzerStub the
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
}
