package io.rolewire.testsupport.aws;

import static io.rolewire.testsupport.aws.QueryXml.element;

import java.util.List;

/** IAM's XML shapes of roles, attached policies and instance profiles. */
final class IamXml {

    static String role(StubRole role) {
        return element("Path", "/")
                + element("RoleName", role.name())
                + element("RoleId", role.roleId())
                + element("Arn", role.arn())
                + element("CreateDate", "2026-01-01T00:00:00Z")
                + element("AssumeRolePolicyDocument", QueryXml.policyDocument(role.trustPolicy()));
    }

    static String attached(StubRole role) {
        StringBuilder members = new StringBuilder();
        role.attachedPolicyArns()
                .forEach(arn -> members.append("<member>")
                        .append(element("PolicyName", arn.substring(arn.lastIndexOf('/') + 1)))
                        .append(element("PolicyArn", arn))
                        .append("</member>"));
        return "<AttachedPolicies>" + members + "</AttachedPolicies><IsTruncated>false</IsTruncated>";
    }

    static String instanceProfile(StubAccount account, String name, List<String> roleNames) {
        StringBuilder roles = new StringBuilder();
        roleNames.forEach(roleName -> roles.append("<member>")
                .append(role(account.roles().get(roleName)))
                .append("</member>"));
        return element("Path", "/") + element("InstanceProfileName", name)
                + element("InstanceProfileId", "AIPA" + account.id() + "00001")
                + element("Arn", account.instanceProfileArn(name))
                + element("CreateDate", "2026-01-01T00:00:00Z") + "<Roles>" + roles + "</Roles>";
    }
}
