package io.rolewire.wiring;

/** Rules on the two roles: their accounts and names, and that they are two different roles. */
final class RoleRules {

    private RoleRules() {}

    static void check(SourceRole source, DestinationRole destination, String partition, Violations violations) {
        SourceRole src = source == null ? new SourceRole(null, null, false) : source;
        DestinationRole dst = destination == null ? new DestinationRole(null, null, false, null) : destination;
        AccountIds.check("source.accountId", src.accountId(), violations);
        NameRule.ROLE.check("source.roleName", src.roleName(), violations);
        AccountIds.check("destination.accountId", dst.accountId(), violations);
        NameRule.ROLE.check("destination.roleName", dst.roleName(), violations);
        if (sameRole(src, dst)) {
            violations.add("destination.roleName", "wiring.destination.sameAsSource", dst.roleName(), dst.accountId());
        }
        // managed policies are attached only to a role Rolewire creates; for an existing one they are ignored
        if (dst.create()) {
            for (String arn : dst.managedPolicyArns()) {
                ArnKind.IAM_MANAGED_POLICY.check("destination.managedPolicyArns", arn, partition, violations);
            }
        }
    }

    /** IAM role names are unique case-insensitively within an account: "App" and "app" are one role. */
    private static boolean sameRole(SourceRole source, DestinationRole destination) {
        return AccountIds.isValid(source.accountId())
                && source.accountId().equals(destination.accountId())
                && source.roleName() != null
                && source.roleName().equalsIgnoreCase(destination.roleName());
    }
}
