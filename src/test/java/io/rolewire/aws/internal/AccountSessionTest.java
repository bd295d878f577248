package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.CallerIdentity;
import io.rolewire.testsupport.aws.AwsStub;
import io.rolewire.testsupport.aws.StubCredentials;
import io.rolewire.testsupport.aws.StubRequest;
import org.junit.jupiter.api.Test;

class AccountSessionTest extends StubbedAccounts {

    @Test
    void callerIdentityNamesTheAccountOfTheCredentialsWithTheRequestId() {
        CallerIdentity identity = source().callerIdentity();

        assertThat(identity.account()).isEqualTo(SOURCE);
        assertThat(identity.arn()).isEqualTo("arn:aws:iam::111122223333:user/rolewire-stub");
        assertThat(identity.requestId()).startsWith("00000000-57ab-");
        assertThat(stub.requests("GetCallerIdentity"))
                .extracting(StubRequest::accessKeyId)
                .containsExactly(AwsStub.accessKeyId(SOURCE));
    }

    @Test
    void wrongAccountBehindTheCredentialsRefusesEveryWriteAndWritesNothing() {
        stub.faults().wrongAccount(DESTINATION, "999988887777");
        AccountSession destination = destination();

        assertThatThrownBy(destination::iamWrites)
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.wrongAccount()).isTrue();
                    assertThat(e.account()).isEqualTo(DESTINATION);
                    assertThat(e.requestId()).isPresent();
                })
                .hasMessageContaining(
                        "credentials for account 555566667777 resolve to 999988887777: nothing was written");
        assertThatThrownBy(destination::ecsWrites).isInstanceOf(AwsCallFailed.class);
        assertThat(stub.writes()).isEmpty();
    }

    @Test
    void provenAccountIsCheckedOncePerSession() {
        AccountSession source = source();
        source.iamWrites();
        source.ecsWrites();
        source.requireAccount();

        assertThat(stub.requests("GetCallerIdentity")).hasSize(1);
    }

    @Test
    void clientsAreBuiltOncePerAccountAndRegionAndSharedBySessions() {
        source().callerIdentity();
        AccountClients first = sessions.clientsOf(SOURCE, AwsStub.REGION);
        sessions.open(SOURCE, AwsStub.REGION, "43").callerIdentity();
        destination().callerIdentity();

        assertThat(sessions.clientsOf(SOURCE, AwsStub.REGION)).isSameAs(first);
        assertThat(sessions.clientsOf(SOURCE, AwsStub.REGION).iam()).isSameAs(first.iam());
        assertThat(sessions.clientsOf(DESTINATION, AwsStub.REGION)).isNotSameAs(first);
    }

    @Test
    void deployerRoleIsAssumedWithARoleSessionNamingTheRunAndTheExternalId() {
        SdkSessions assuming = new SdkSessions(StubCredentials.deployerRoles(stub, directory, SOURCE));
        try {
            CallerIdentity identity =
                    assuming.open(SOURCE, AwsStub.REGION, "run 7/a").callerIdentity();

            StubRequest assume = stub.requests("AssumeRole").get(0);
            assertThat(assume.parameter("RoleArn")).isEqualTo("arn:aws:iam::111122223333:role/rolewire-deployer");
            assertThat(assume.parameter("RoleSessionName")).isEqualTo("rolewire-run-run-7-a");
            assertThat(assume.parameter("ExternalId")).isEqualTo(StubCredentials.EXTERNAL_ID);
            assertThat(assume.accessKeyId()).isEqualTo(AwsStub.accessKeyId(SOURCE));
            assertThat(identity.arn())
                    .isEqualTo("arn:aws:sts::111122223333:assumed-role/rolewire-deployer/rolewire-run-run-7-a");
            assertThat(stub.requests("GetCallerIdentity").get(0).accessKeyId()).startsWith("ASIA");
        } finally {
            assuming.close();
        }
    }

    @Test
    void iamIsSignedForTheGlobalEndpointOfThePartition() {
        assertThat(ClientFactory.globalRegion("eu-west-1").id()).isEqualTo("aws-global");
        assertThat(ClientFactory.globalRegion("us-gov-west-1").id()).isEqualTo("aws-us-gov-global");
        assertThat(ClientFactory.globalRegion("cn-north-1").id()).isEqualTo("aws-cn-global");
    }

    @Test
    void adaptiveRetryModeAlsoRetriesThrottling() {
        var properties = StubCredentials.profiles(stub, directory, SOURCE);
        var adaptive = new AwsProperties(
                properties.endpointUrl(),
                properties.region(),
                properties.credentialsFile(),
                properties.accounts(),
                properties.apiCallTimeout(),
                properties.apiCallAttemptTimeout(),
                AwsProperties.RetryMode.ADAPTIVE);
        stub.faults().throttle("GetCallerIdentity", 2);
        try (SdkSessions sessions = new SdkSessions(adaptive)) {
            assertThat(sessions.open(SOURCE, AwsStub.REGION, "1")
                            .callerIdentity()
                            .account())
                    .isEqualTo(SOURCE);
        }
        assertThat(stub.requests("GetCallerIdentity")).hasSize(3);
        assertThat(ClientFactory.sdkRetryMode(AwsProperties.RetryMode.ADAPTIVE).name())
                .isEqualTo("ADAPTIVE_V2");
    }
}
