package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.CallerIdentity;
import io.rolewire.testsupport.aws.ProxiedCall;
import org.junit.jupiter.api.Test;

class AccountSessionTest extends ProxiedAccounts {

    @Test
    void callerIdentityNamesTheAccountOfTheCredentialsWithTheRequestId() {
        CallerIdentity identity = source().callerIdentity();

        assertThat(identity.account()).isEqualTo(source);
        assertThat(identity.arn()).isEqualTo("arn:aws:iam::" + source + ":root");
        assertThat(identity.requestId())
                .isNotBlank()
                .isEqualTo(proxy().calls("GetCallerIdentity").get(0).requestId());
        assertThat(proxy().calls("GetCallerIdentity"))
                .extracting(ProxiedCall::accessKeyId)
                .containsExactly(source);
    }

    @Test
    void wrongAccountBehindTheCredentialsRefusesEveryWriteAndWritesNothing() {
        String actual = newAccount();
        proxy().faults().actAs(destination, actual);
        AccountSession destinationSession = destination();

        assertThatThrownBy(destinationSession::iamWrites)
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.wrongAccount()).isTrue();
                    assertThat(e.account()).isEqualTo(destination);
                    assertThat(e.requestId()).isPresent();
                })
                .hasMessageContaining(
                        "credentials for account " + destination + " resolve to " + actual + ": nothing was written");
        assertThatThrownBy(destinationSession::ecsWrites).isInstanceOf(AwsCallFailed.class);
        assertThat(proxy().calls()).filteredOn(ProxiedCall::isWrite).isEmpty();
    }

    @Test
    void provenAccountIsCheckedOncePerSession() {
        AccountSession sourceSession = source();
        sourceSession.iamWrites();
        sourceSession.ecsWrites();
        sourceSession.requireAccount();

        assertThat(proxy().calls("GetCallerIdentity")).hasSize(1);
    }

    @Test
    void clientsAreBuiltOncePerAccountAndRegionAndSharedBySessions() {
        source().callerIdentity();
        AccountClients first = sessions.clientsOf(source, REGION);
        sessions.open(source, REGION, "43").callerIdentity();
        destination().callerIdentity();

        assertThat(sessions.clientsOf(source, REGION)).isSameAs(first);
        assertThat(sessions.clientsOf(source, REGION).iam()).isSameAs(first.iam());
        assertThat(sessions.clientsOf(destination, REGION)).isNotSameAs(first);
    }

    @Test
    void deployerRoleIsAssumedWithARoleSessionNamingTheRunAndTheExternalId() {
        givenDeployerRole(source);
        try (SdkSessions assuming = new SdkSessions(properties(true, source))) {
            CallerIdentity identity = assuming.open(source, REGION, "run 7/a").callerIdentity();

            ProxiedCall assume = proxy().calls("AssumeRole").get(0);
            assertThat(assume.parameter("RoleArn")).isEqualTo(roleArn(source, DEPLOYER_ROLE));
            assertThat(assume.parameter("RoleSessionName")).isEqualTo("rolewire-run-run-7-a");
            assertThat(assume.parameter("ExternalId")).isEqualTo(EXTERNAL_ID);
            assertThat(assume.accessKeyId()).isEqualTo(source);
            // Floci names every session "floci-session" here; AWS names it by RoleSessionName (checked above)
            assertThat(identity.arn()).startsWith("arn:aws:sts::" + source + ":assumed-role/rolewire-deployer/");
            assertThat(proxy().calls("GetCallerIdentity").get(0).accessKeyId()).startsWith("ASIA");
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
        var properties = properties(false, source);
        var adaptive = new AwsProperties(
                properties.endpointUrl(),
                properties.region(),
                properties.credentialsFile(),
                properties.accounts(),
                properties.apiCallTimeout(),
                properties.apiCallAttemptTimeout(),
                AwsProperties.RetryMode.ADAPTIVE);
        proxy().faults().throttle("GetCallerIdentity", 2);
        try (SdkSessions adaptiveSessions = new SdkSessions(adaptive)) {
            assertThat(adaptiveSessions
                            .open(source, REGION, "1")
                            .callerIdentity()
                            .account())
                    .isEqualTo(source);
        }
        assertThat(proxy().calls("GetCallerIdentity")).hasSize(3);
        assertThat(ClientFactory.sdkRetryMode(AwsProperties.RetryMode.ADAPTIVE).name())
                .isEqualTo("ADAPTIVE_V2");
    }
}
