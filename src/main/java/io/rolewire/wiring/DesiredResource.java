package io.rolewire.wiring;

/**
 * One resource a wiring wants in one account, typed and with its ARN: what the apply reads, decides
 * on and writes. Built by {@link DesiredResources} from the documents a run stored, so the apply
 * writes exactly what was previewed and approved, without taking the documents apart itself.
 */
public sealed interface DesiredResource {

    /** Stable within a run: {@code source.role}, {@code destination.trust}, ... (steps are recorded under it). */
    String key();

    AccountId account();

    /** The resource's own name: role, policy, managed policy ARN, profile or family. */
    String name();

    /** The ARN a step reports as its target. */
    String arn();

    /** The role the resource belongs to; for a role, itself; for a task definition, its task role. */
    RoleArn role();

    /** Whether Rolewire makes a missing role, or requires that it exists already. */
    enum Ownership {
        CREATE_WHEN_ABSENT,
        MUST_EXIST
    }

    /**
     * A role with its trust policy.
     *
     * @param trustPolicy null when the role must exist and the wiring renders no trust for it
     */
    record Role(String key, RoleArn role, String trustPolicy, Ownership ownership) implements DesiredResource {

        @Override
        public AccountId account() {
            return role.account();
        }

        @Override
        public String name() {
            return role.roleName();
        }

        @Override
        public String arn() {
            return role.toString();
        }
    }

    /** An inline policy on a role. */
    record InlinePolicy(String key, RoleArn role, String policyName, String document) implements DesiredResource {

        @Override
        public AccountId account() {
            return role.account();
        }

        @Override
        public String name() {
            return policyName;
        }

        @Override
        public String arn() {
            return role.toString();
        }
    }

    /** A managed policy attached to a role Rolewire creates. */
    record ManagedPolicyAttachment(String key, RoleArn role, String policyArn) implements DesiredResource {

        @Override
        public AccountId account() {
            return role.account();
        }

        @Override
        public String name() {
            return policyArn;
        }

        @Override
        public String arn() {
            return role.toString();
        }
    }

    /**
     * The destination role's whole trust policy with the wiring's statement in it (merged with the
     * live statements when the role existed at preview): IAM replaces the document as a whole.
     */
    record TrustPolicy(String key, RoleArn role, String document) implements DesiredResource {

        @Override
        public AccountId account() {
            return role.account();
        }

        @Override
        public String name() {
            return role.roleName();
        }

        @Override
        public String arn() {
            return role.toString();
        }
    }

    /** A task definition family's revision that uses the source role as its task role. */
    record TaskDefinition(String key, AccountId account, String family, String document, String arn, RoleArn role)
            implements DesiredResource {

        @Override
        public String name() {
            return family;
        }
    }

    /** An EC2 instance profile (created empty). */
    record InstanceProfile(String key, AccountId account, String profileName, String arn, RoleArn role)
            implements DesiredResource {

        @Override
        public String name() {
            return profileName;
        }
    }

    /** The source role added to the instance profile. */
    record InstanceProfileRole(String key, AccountId account, String profileName, String arn, RoleArn role)
            implements DesiredResource {

        @Override
        public String name() {
            return profileName;
        }
    }
}
