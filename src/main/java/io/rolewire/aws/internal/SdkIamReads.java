package io.rolewire.aws.internal;

import io.rolewire.aws.AttachedPolicies;
import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.IamReads;
import io.rolewire.aws.LiveInlinePolicy;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.Simulation;
import io.rolewire.wiring.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.GetInstanceProfileResponse;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;
import software.amazon.awssdk.services.iam.model.Statement;

/** The IAM reads; NoSuchEntity becomes an empty result, anything else an {@link AwsCallFailed}. */
final class SdkIamReads implements IamReads {

    private final String account;
    private final IamClient iam;
    private final RequestCredentials credentials;
    private final Wiring wiring;

    SdkIamReads(String account, IamClient iam, RequestCredentials credentials, Wiring wiring) {
        this.account = account;
        this.iam = iam;
        this.credentials = credentials;
        this.wiring = wiring;
    }

    @Override
    public Optional<LiveRole> role(String roleName) {
        return unlessNotFound("GetRole", () -> {
            var response = iam.getRole(r -> r.roleName(roleName).overrideConfiguration(credentials::apply));
            return IamMapping.role(
                    wiring, response.role(), response.responseMetadata().requestId());
        });
    }

    @Override
    public Optional<LiveInlinePolicy> rolePolicy(String roleName, String policyName) {
        return unlessNotFound("GetRolePolicy", () -> {
            GetRolePolicyResponse response = iam.getRolePolicy(
                    r -> r.roleName(roleName).policyName(policyName).overrideConfiguration(credentials::apply));
            return new LiveInlinePolicy(
                    roleName,
                    response.policyName(),
                    PolicyText.decode(wiring, response.policyDocument()),
                    response.responseMetadata().requestId());
        });
    }

    @Override
    public AttachedPolicies attachedPolicies(String roleName) {
        AwsCall call = call("ListAttachedRolePolicies");
        List<String> arns = new ArrayList<>();
        String marker = null;
        ListAttachedRolePoliciesResponse page;
        do {
            String from = marker;
            page = Calls.run(
                    call,
                    () -> iam.listAttachedRolePolicies(
                            r -> r.roleName(roleName).marker(from).overrideConfiguration(credentials::apply)));
            page.attachedPolicies().stream().map(AttachedPolicy::policyArn).forEach(arns::add);
            marker = page.isTruncated() ? page.marker() : null;
        } while (marker != null);
        return new AttachedPolicies(roleName, arns, page.responseMetadata().requestId());
    }

    @Override
    public Optional<LiveInstanceProfile> instanceProfile(String name) {
        return unlessNotFound("GetInstanceProfile", () -> {
            GetInstanceProfileResponse response =
                    iam.getInstanceProfile(r -> r.instanceProfileName(name).overrideConfiguration(credentials::apply));
            return IamMapping.instanceProfile(
                    response.instanceProfile(), response.responseMetadata().requestId());
        });
    }

    @Override
    public Simulation simulate(String principalArn, String action, String resourceArn) {
        SimulatePrincipalPolicyResponse response = Calls.run(
                call("SimulatePrincipalPolicy"),
                () -> iam.simulatePrincipalPolicy(r -> r.policySourceArn(principalArn)
                        .actionNames(action)
                        .resourceArns(resourceArn)
                        .overrideConfiguration(credentials::apply)));
        if (response.evaluationResults().isEmpty()) {
            // No evaluation means nothing allowed the action: report it as IAM's default decision.
            return new Simulation(
                    principalArn,
                    action,
                    resourceArn,
                    "implicitDeny",
                    List.of(),
                    response.responseMetadata().requestId());
        }
        EvaluationResult result = response.evaluationResults().get(0);
        List<String> matched = result.matchedStatements().stream()
                .map(Statement::sourcePolicyId)
                .toList();
        return new Simulation(
                principalArn,
                action,
                resourceArn,
                result.evalDecisionAsString(),
                matched,
                response.responseMetadata().requestId());
    }

    private <T> Optional<T> unlessNotFound(String operation, Supplier<T> read) {
        try {
            return Optional.of(Calls.run(call(operation), read));
        } catch (AwsCallFailed e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private AwsCall call(String operation) {
        return new AwsCall(account, "iam", operation);
    }
}
