package io.rolewire.export;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A role the export names: created by the export (with its trust policy and managed policies), or
 * existing (read, never owned, except the destination role whose trust must change).
 *
 * @param label the role's resource label in the generated code ({@code source}, {@code execution})
 * @param trustPolicy the trust policy document as stored; for an existing source-side role null
 */
record RoleResource(
        String label, String name, String arn, boolean create, JsonNode trustPolicy, List<String> managedPolicyArns) {

    RoleResource {
        managedPolicyArns = List.copyOf(managedPolicyArns);
    }
}
