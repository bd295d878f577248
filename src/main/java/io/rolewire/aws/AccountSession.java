package io.rolewire.aws;

/**
 * Everything Rolewire does in one account, with one run's credentials. The write side is only
 * handed out after the credentials were proven to belong to this account.
 */
public interface AccountSession {

    String accountId();

    /** sts:GetCallerIdentity with this session's credentials. */
    CallerIdentity callerIdentity();

    /**
     * Proves the credentials act in {@link #accountId()} (once per session, then remembered).
     *
     * @throws AwsCallFailed {@code WrongAccount} when they resolve to another account: nothing was
     *     written
     */
    CallerIdentity requireAccount();

    IamReads iam();

    /** IAM writes; calls {@link #requireAccount()} first, so a wrong account never gets a write. */
    IamWrites iamWrites();

    EcsTaskDefinitions ecs();

    /** Registering task definitions; guarded like {@link #iamWrites()}. */
    EcsRegistration ecsWrites();

    PolicyValidator policyValidator();
}
