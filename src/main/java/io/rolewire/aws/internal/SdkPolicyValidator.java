package io.rolewire.aws.internal;

import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidation.AnalyzerFinding;
import io.rolewire.aws.PolicyValidation.Status;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.PolicyType;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyFinding;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyRequest;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResourceType;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResponse;

/**
 * Access Analyzer's ValidatePolicy. A plan must not depend on it: a denied call, or an endpoint
 * (emulator) that does not offer it, comes back as a result that says so.
 */
final class SdkPolicyValidator implements io.rolewire.aws.PolicyValidator {

    private final String account;
    private final AccessAnalyzerClient analyzer;
    private final RequestCredentials credentials;

    SdkPolicyValidator(String account, AccessAnalyzerClient analyzer, RequestCredentials credentials) {
        this.account = account;
        this.analyzer = analyzer;
        this.credentials = credentials;
    }

    @Override
    public PolicyValidation validate(String document, PolicyKind kind) {
        AwsCall call = new AwsCall(account, "access-analyzer", "ValidatePolicy");
        try {
            List<AnalyzerFinding> findings = new ArrayList<>();
            String token = null;
            ValidatePolicyResponse page;
            do {
                ValidatePolicyRequest request = request(document, kind, token);
                page = Calls.run(call, () -> analyzer.validatePolicy(request));
                page.findings().stream().map(SdkPolicyValidator::finding).forEach(findings::add);
                token = page.nextToken();
            } while (token != null);
            return new PolicyValidation(
                    Status.VALIDATED, findings, null, page.responseMetadata().requestId());
        } catch (AwsCallFailed e) {
            Status status = e.accessDenied() ? Status.DENIED : Status.UNAVAILABLE;
            return new PolicyValidation(
                    status, List.of(), e.getMessage(), e.requestId().orElse(null));
        }
    }

    private ValidatePolicyRequest request(String document, PolicyKind kind, String token) {
        ValidatePolicyRequest.Builder request = ValidatePolicyRequest.builder()
                .policyDocument(document)
                .nextToken(token)
                .overrideConfiguration(credentials::apply);
        if (kind == PolicyKind.TRUST_POLICY) {
            request.policyType(PolicyType.RESOURCE_POLICY)
                    .validatePolicyResourceType(ValidatePolicyResourceType.AWS_IAM_ASSUME_ROLE_POLICY_DOCUMENT);
        } else {
            request.policyType(PolicyType.IDENTITY_POLICY);
        }
        return request.build();
    }

    private static AnalyzerFinding finding(ValidatePolicyFinding finding) {
        return new AnalyzerFinding(
                finding.findingTypeAsString(), finding.issueCode(), finding.findingDetails(), finding.learnMoreLink());
    }
}
