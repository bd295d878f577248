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
            case "GetRole" -> withRole(call, role -> ok(call, "<Role>" + roleXml(role) + "</Role>"));
            case "GetRolePolicy" -> getRolePolicy(call);
            case "ListAttachedRolePolicies" -> withRole(call, role -> ok(call, attachedXml(role)));
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
        return ok(call, "<Role>" + roleXml(role) + "</Role>");
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
                            + element(
                                    "PolicyDocument",
                                    QueryXml.policyDocument(document, faults.sendsRawPolicyDocuments())));
        });
    }

    private StubResponse getInstanceProfile(StubCall call) {
        String name = call.param("InstanceProfileName");
        List<String> roles = call.account().instanceProfiles().get(name);
        if (roles == null) {
            return noSuchEntity(call, "Instance Profile " + name + " cannot be found.");
        }
        return ok(call, "<InstanceProfile>" + instanceProfileXml(call.account(), name, roles) + "</InstanceProfile>");
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
        return ok(call, "<InstanceProfile>" + instanceProfileXml(account, name, List.of()) + "</InstanceProfile>");
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

    private String roleXml(StubRole role) {
        return element("Path", "/")
                + element("RoleName", role.name())
                + element("RoleId", role.roleId())
                + element("Arn", role.arn())
                + element("CreateDate", "2026-01-01T00:00:00Z")
                + element(
                        "AssumeRolePolicyDocument",
                        QueryXml.policyDocument(role.trustPolicy(), faults.sendsRawPolicyDocuments()));
    }

    private static String attachedXml(StubRole role) {
        StringBuilder members = new StringBuilder();
        role.attachedPolicyArns()
                .forEach(arn -> members.append("<member>")
                        .append(element("PolicyName", arn.substring(arn.lastIndexOf('/') + 1)))
                        .append(element("PolicyArn", arn))
                        .append("</member>"));
        return "<AttachedPolicies>" + members + "</AttachedPolicies><IsTruncated>false</IsTruncated>";
    }

    private String instanceProfileXml(StubAccount account, String name, List<String> roleNames) {
        StringBuilder roles = new StringBuilder();
        roleNames.forEach(roleName -> roles.append("<member>")
                .append(roleXml(account.roles().get(roleName)))
                .append("</member>"));
        return element("Path", "/") + element("InstanceProfileName", name)
                + element("InstanceProfileId", "AIPA" + account.id() + "00001")
                + element("Arn", account.instanceProfileArn(name))
                + element("CreateDate", "2026-01-01T00:00:00Z") + "<Roles>" + roles + "</Roles>";
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
