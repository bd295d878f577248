package io.rolewire.testsupport.aws;

import java.util.Set;

/** Operation names as they appear on the wire. */
final class StubOperations {

    static final Set<String> WRITES = Set.of(
            "CreateRole",
            "PutRolePolicy",
            "AttachRolePolicy",
            "UpdateAssumeRolePolicy",
            "CreateInstanceProfile",
            "AddRoleToInstanceProfile",
            "RegisterTaskDefinition");

    static final Set<String> STS = Set.of("GetCallerIdentity", "AssumeRole");

    private StubOperations() {}
}
