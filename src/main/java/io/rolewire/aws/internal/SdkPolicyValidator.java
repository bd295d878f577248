package io.rolewire.aws.internal;

import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.PolicyKind;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.aws.PolicyValidation.AnalyzerFinding;
import io.rolewire.aws.PolicyValidation.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AccessAnalyzerResponse;
import software.amazon.awssdk.services.accessanalyzer.model.AccessCheckPolicyType;
import software.amazon.awssdk.services.accessanalyzer.model.AccessCheckResourceType;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoNewAccessResponse;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoNewAccessResult;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoPublicAccessResponse;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoPublicAccessResult;
import software.amazon.awssdk.services.accessanalyzer.model.PolicyType;
import software.amazon.awssdk.services.accessanalyzer.model.ReasonSummary;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyFinding;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyRequest;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResourceType;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResponse;

/**
 * Access Analyzer's ValidatePolicy and its custom checks of a trust policy. A plan must not depend
 * on them: a denied call, or an endpoint (emulator) that does not offer them, comes back as a
 * result that says so.
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

    /** A role's trust policy is a resource policy to Access Analyzer (its API reference says so). */
    @Override
    public AccessCheck checkNoNewAccess(String newTrust, String existingTrust) {
        return check(
                "CheckNoNewAccess",
                () -> analyzer.checkNoNewAccess(r -> r.newPolicyDocument(newTrust)
                        .existingPolicyDocument(existingTrust)
                        .policyType(AccessCheckPolicyType.RESOURCE_POLICY)
                        .overrideConfiguration(credentials::apply)),
                (CheckNoNewAccessResponse answer) -> new Verdict(
                        answer.result() == CheckNoNewAccessResult.PASS, answer.message(), answer.reasons()));
    }

    @Override
    public AccessCheck checkNoPublicAccess(String trust) {
        return check(
                "CheckNoPublicAccess",
                () -> analyzer.checkNoPublicAccess(r -> r.policyDocument(trust)
                        .resourceType(AccessCheckResourceType.AWS_IAM_ASSUME_ROLE_POLICY_DOCUMENT)
                        .overrideConfiguration(credentials::apply)),
                (CheckNoPublicAccessResponse answer) -> new Verdict(
                        answer.result() == CheckNoPublicAccessResult.PASS, answer.message(), answer.reasons()));
    }

    /** What both checks answer, whatever their response type. */
    private record Verdict(boolean passed, String message, List<ReasonSummary> reasons) {}

    private <R extends AccessAnalyzerResponse> AccessCheck check(
            String operation, Supplier<R> call, Function<R, Verdict> verdictOf) {
        try {
            R answer = Calls.run(new AwsCall(account, "access-analyzer", operation), call);
            Verdict verdict = verdictOf.apply(answer);
            List<AccessCheck.Reason> reasons = verdict.reasons().stream()
                    .map(r -> new AccessCheck.Reason(r.description(), r.statementIndex(), r.statementId()))
                    .toList();
            return new AccessCheck(
                    operation,
                    Status.VALIDATED,
                    verdict.passed(),
                    verdict.message(),
                    reasons,
                    null,
                    answer.responseMetadata().requestId());
        } catch (AwsCallFailed e) {
            Status status = e.accessDenied() ? Status.DENIED : Status.UNAVAILABLE;
            return AccessCheck.unanswered(
                    operation, status, e.getMessage(), e.requestId().orElse(null));
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
