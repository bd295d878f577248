package io.rolewire.aws.internal;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.CallerIdentity;
import io.rolewire.aws.EcsRegistration;
import io.rolewire.aws.EcsTaskDefinitions;
import io.rolewire.aws.IamReads;
import io.rolewire.aws.IamWrites;
import io.rolewire.aws.PolicyValidator;
import io.rolewire.wiring.Wiring;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** One account with one run's credentials; every request carries them (the clients are shared). */
final class SdkAccountSession implements AccountSession {

    private final String accountId;
    private final AccountClients clients;
    private final RequestCredentials credentials;
    private final Wiring wiring;
    private volatile CallerIdentity proven;

    SdkAccountSession(String accountId, AccountClients clients, AwsCredentialsProvider credentials, Wiring wiring) {
        this.accountId = accountId;
        this.clients = clients;
        this.credentials = new RequestCredentials(credentials);
        this.wiring = wiring;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public CallerIdentity callerIdentity() {
        AwsCall call = new AwsCall(accountId, "sts", "GetCallerIdentity");
        GetCallerIdentityResponse response = Calls.run(
                call,
                () -> clients.sts().getCallerIdentity(request -> request.overrideConfiguration(credentials::apply)));
        CallerIdentity identity = new CallerIdentity(
                response.account(), response.arn(), response.responseMetadata().requestId());
        if (accountId.equals(identity.account())) {
            proven = identity; // the same proof requireAccount() asks for: a later write need not ask again
        }
        return identity;
    }

    @Override
    public CallerIdentity requireAccount() {
        CallerIdentity identity = proven;
        if (identity == null) {
            identity = callerIdentity();
            if (!accountId.equals(identity.account())) {
                throw new AwsCallFailed(
                        new AwsCall(accountId, "sts", "GetCallerIdentity"),
                        AwsCallFailed.WRONG_ACCOUNT,
                        "credentials for account " + accountId + " resolve to " + identity.account()
                                + ": nothing was written (caller " + identity.arn() + ")",
                        identity.requestId(),
                        200,
                        false);
            }
            proven = identity;
        }
        return identity;
    }

    @Override
    public IamReads iam() {
        return new SdkIamReads(accountId, clients.iam(), credentials, wiring);
    }

    @Override
    public IamWrites iamWrites() {
        requireAccount();
        return new SdkIamWrites(accountId, clients.iam(), credentials, wiring);
    }

    @Override
    public EcsTaskDefinitions ecs() {
        return new SdkEcs(accountId, clients.ecs(), credentials);
    }

    @Override
    public EcsRegistration ecsWrites() {
        requireAccount();
        return new SdkEcs(accountId, clients.ecs(), credentials);
    }

    @Override
    public PolicyValidator policyValidator() {
        return new SdkPolicyValidator(accountId, clients.accessAnalyzer(), credentials);
    }
}
