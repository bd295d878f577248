package io.rolewire.testsupport.aws;

import static io.rolewire.testsupport.aws.QueryXml.IAM_NS;
import static io.rolewire.testsupport.aws.QueryXml.element;

import java.util.List;
import java.util.Optional;

/** IAM over the query protocol, against the stub's state. */
final class IamOperations {

    private final StubPrincipals principals;
    private final StubFaults faults;

    IamOperations(StubPrincipals principals, StubFaults faults) {
        this.principals = principals;
        this.faults = faults;
    }

    StubResponse handle(StubCall call) {
        StubAccount account = call.account();
        return switch (call.operation()) {
            case "GetRole" -> withRole(call, role -> ok(call, "<Role>" + IamXml.role(role) + "</Role>"));
            case "GetRolePolicy" -> getRolePolicy(call);
            case "ListAttachedRolePolicies" -> withRole(call, role -> ok(call, IamXml.attached(role)));
            case "GetInstanceProfile" -> getInstanceProfile(call);
            case "SimulatePrincipalPolicy" -> StubSimulator.simulate(call, this::ok, this::noSuchEntity);
            case "CreateRole" -> createRole(call);
            case "PutRolePolicy" ->
                withRole(call, role -> {
                    role.inlinePolicies().put(call.param("PolicyName"), call.param("PolicyDocument"));
                    return ok(call, null);
                });
            case "AttachRolePolicy" ->
                withRole(call, role -> {
                    role.attachedPolicyArns().add(call.param("PolicyArn"));
                    return ok(call, null);
                });
            case "UpdateAssumeRolePolicy" ->
                withRole(
                        call,
                        role -> invalidPrincipal(call, call.param("PolicyDocument"))
                                .orElseGet(() -> {
                                    role.trustPolicy(call.param("PolicyDocument"));
                                    return ok(call, null);
                                }));
            case "CreateInstanceProfile" -> createInstanceProfile(call, account);
            case "AddRoleToInstanceProfile" -> addRoleToInstanceProfile(call, account);
            default ->
                QueryXml.error(
                        IAM_NS, 400, "InvalidAction", "The stub does not know " + call.operation(), call.requestId());
        };
    }

    private StubResponse createRole(StubCall call) {
        String name = call.param("RoleName");
        if (call.account().roles().containsKey(name)) {
            return QueryXml.error(
                    IAM_NS,
                    409,
                    "EntityAlreadyExists",
                    "Role with name " + name + " already exists.",
                    call.requestId());
        }
        Optional<StubResponse> refused = invalidPrincipal(call, call.param("AssumeRolePolicyDocument"));
        if (refused.isPresent()) {
            return refused.get();
        }
        StubRole role = call.account().givenRole(name, call.param("AssumeRolePolicyDocument"));
        for (int i = 1; call.param("Tags.member." + i + ".Key") != null; i++) {
            role.tags().put(call.param("Tags.member." + i + ".Key"), call.param("Tags.member." + i + ".Value"));
        }
        faults.roleCreated();
        return ok(call, "<Role>" + IamXml.role(role) + "</Role>");
    }

    private Optional<StubResponse> invalidPrincipal(StubCall call, String trustPolicy) {
        Optional<String> invalid = faults.consumeInvalidPrincipal()
                ? Optional.of(StubPrincipals.firstRolePrincipal(trustPolicy).orElse("*"))
                : principals.unknownRolePrincipal(trustPolicy);
        return invalid.map(principal -> QueryXml.error(
                IAM_NS,
                400,
                "MalformedPolicyDocument",
                "Invalid principal in policy: \"AWS\":\"" + principal + "\"",
                call.requestId()));
    }

    private StubResponse getRolePolicy(StubCall call) {
        return withRole(call, role -> {
            String name = call.param("PolicyName");
            String document = role.inlinePolicies().get(name);
            if (document == null) {
                return noSuchEntity(call, "The role policy with name " + name + " cannot be found.");
            }
            return ok(
                    call,
                    element("RoleName", role.name())
                            + element("PolicyName", name)
                            + element("PolicyDocument", QueryXml.policyDocument(document)));
        });
    }

    private StubResponse getInstanceProfile(StubCall call) {
        String name = call.param("InstanceProfileName");
        List<String> roles = call.account().instanceProfiles().get(name);
        if (roles == null) {
            return noSuchEntity(call, "Instance Profile " + name + " cannot be found.");
        }
        return ok(
                call, "<InstanceProfile>" + IamXml.instanceProfile(call.account(), name, roles) + "</InstanceProfile>");
    }

    private StubResponse createInstanceProfile(StubCall call, StubAccount account) {
        String name = call.param("InstanceProfileName");
        if (account.instanceProfiles().containsKey(name)) {
            return QueryXml.error(
                    IAM_NS,
                    409,
                    "EntityAlreadyExists",
                    "Instance Profile " + name + " already exists.",
                    call.requestId());
        }
        account.instanceProfiles().put(name, new java.util.ArrayList<>());
        return ok(call, "<InstanceProfile>" + IamXml.instanceProfile(account, name, List.of()) + "</InstanceProfile>");
    }

    private StubResponse addRoleToInstanceProfile(StubCall call, StubAccount account) {
        List<String> roles = account.instanceProfiles().get(call.param("InstanceProfileName"));
        if (roles == null || !account.roles().containsKey(call.param("RoleName"))) {
            return noSuchEntity(call, "The instance profile or role cannot be found.");
        }
        if (!roles.isEmpty()) {
            return QueryXml.error(
                    IAM_NS,
                    409,
                    "LimitExceeded",
                    "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1",
                    call.requestId());
        }
        roles.add(call.param("RoleName"));
        return ok(call, null);
    }

    private StubResponse withRole(StubCall call, java.util.function.Function<StubRole, StubResponse> action) {
        StubRole role = call.account().roles().get(call.param("RoleName"));
        return role == null
                ? noSuchEntity(call, "The role with name " + call.param("RoleName") + " cannot be found.")
                : action.apply(role);
    }

    StubResponse ok(StubCall call, String result) {
        return QueryXml.ok(IAM_NS, call.operation(), result, call.requestId());
    }

    StubResponse noSuchEntity(StubCall call, String message) {
        return QueryXml.error(IAM_NS, 404, "NoSuchEntity", message, call.requestId());
    }
}
