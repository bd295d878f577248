package io.rolewire.testsupport.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AccessAnalyzerException;
import software.amazon.awssdk.services.accessanalyzer.model.PolicyType;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.EcsException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * The proxy itself, with the real SDK clients in front and Floci behind it: what it forwards and
 * records, and that every injected error parses into the service's exception with its code, status
 * and request id. The SDK's own retries are off, so each call is one attempt.
 */
@RequiresFloci
class FaultProxyTest {

    static final String ACCOUNT = "450000000001";
    static final String OTHER = "450000000002";
    static final String TRUST_ECS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    static FaultProxy proxy;
    static AccessAnalyzerStub analyzer;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() {
        analyzer = AccessAnalyzerStub.start();
        proxy = FaultProxy.start(LocalFloci.endpoint());
    }

    @AfterAll
    static void stop() {
        proxy.close();
        analyzer.close();
    }

    @BeforeEach
    void reset() {
        proxy.reset();
        analyzer.reset();
    }

    @Test
    void forwardsEveryCallAndRecordsItsServiceActionAccountAndParameters() {
        String role = "proxied-" + suffix;
        try (IamClient iam = iam(ACCOUNT)) {
            String arn = iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TRUST_ECS))
                    .role()
                    .arn();
            assertThat(iam.getRole(r -> r.roleName(role)).role().arn()).isEqualTo(arn);
        }
        try (IamClient root = FlociAccount.root(ACCOUNT).iam()) {
            assertThat(root.getRole(r -> r.roleName(role)).role().roleName()).isEqualTo(role);
        }

        assertThat(proxy.calls())
                .extracting(ProxiedCall::service, ProxiedCall::action, ProxiedCall::account, ProxiedCall::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("iam", "CreateRole", ACCOUNT, 200),
                        org.assertj.core.groups.Tuple.tuple("iam", "GetRole", ACCOUNT, 200));
        ProxiedCall create = proxy.calls("CreateRole").get(0);
        assertThat(create.parameter("AssumeRolePolicyDocument")).isEqualTo(TRUST_ECS);
        assertThat(create.isWrite()).isTrue();
        assertThat(create.injected()).isFalse();
        assertThat(create.resources()).containsExactly("role/" + role);
        assertThat(create.endNanos()).isGreaterThanOrEqualTo(create.startNanos());
        assertThat(proxy.writes()).containsExactly(new FaultProxy.Write("CreateRole", role + "//"));
    }

    @Test
    void peerErrorsComeBackUnchangedAndAreRecordedWithTheirCode() {
        try (IamClient iam = iam(ACCOUNT)) {
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("nobody-" + suffix)))
                    .isInstanceOfSatisfying(IamException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(404);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
                    });
        }
        assertThat(proxy.calls("GetRole")).singleElement().satisfies(c -> {
            assertThat(c.errorCode()).isEqualTo("NoSuchEntity");
            assertThat(c.injected()).isFalse();
        });
    }

    @Test
    void iamThrottlingIsTheQueryApisThrottlingWithStatus400AndARequestId() {
        proxy.faults().throttle("GetRole", 1);
        try (IamClient iam = iam(ACCOUNT)) {
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("any-" + suffix)))
                    .isInstanceOfSatisfying(IamException.class, e -> {
                        assertThat(e.isThrottlingException()).isTrue();
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.requestId())
                                .isNotBlank()
                                .isEqualTo(proxy.calls("GetRole").get(0).requestId());
                    });
            // the next attempt reaches Floci again
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("any-" + suffix)))
                    .isInstanceOfSatisfying(
                            IamException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        }
        assertThat(proxy.calls("GetRole")).extracting(ProxiedCall::injected).containsExactly(true, false);
    }

    @Test
    void stsThrottlingIsAThrottlingOfTheStsNamespace() {
        proxy.faults().throttle("GetCallerIdentity", 1);
        try (StsClient sts = sts(ACCOUNT)) {
            assertThatThrownBy(sts::getCallerIdentity).isInstanceOfSatisfying(StsException.class, e -> {
                assertThat(e.isThrottlingException()).isTrue();
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttling");
                assertThat(e.requestId()).isNotBlank();
            });
            assertThat(sts.getCallerIdentity().account()).isEqualTo(ACCOUNT);
        }
    }

    @Test
    void ecsThrottlingIsAThrottlingExceptionOfJson11WithARequestId() {
        proxy.faults().throttle("DescribeTaskDefinition", 1);
        try (EcsClient ecs = ecs(ACCOUNT)) {
            assertThatThrownBy(() -> ecs.describeTaskDefinition(r -> r.taskDefinition("fam-" + suffix)))
                    .isInstanceOfSatisfying(EcsException.class, e -> {
                        assertThat(e.isThrottlingException()).isTrue();
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
        assertThat(proxy.calls("DescribeTaskDefinition")).singleElement().satisfies(c -> {
            assertThat(c.service()).isEqualTo("ecs");
            assertThat(c.errorCode()).isEqualTo("ThrottlingException");
            assertThat(c.resources()).containsExactly("task-definition/fam-" + suffix);
        });
    }

    @Test
    void aTrustNamingANewRoleIsAnInvalidPrincipalForTheNextNWritesThenReachesFloci() {
        proxy.faults().invalidPrincipalAfterCreateRole(2);
        String source = "new-source-" + suffix;
        String destination = "destination-" + suffix;
        try (IamClient sourceIam = iam(ACCOUNT);
                IamClient destinationIam = iam(OTHER)) {
            String sourceArn = sourceIam
                    .createRole(r -> r.roleName(source).assumeRolePolicyDocument(TRUST_ECS))
                    .role()
                    .arn();
            String trust = trusting(sourceArn);
            // a trust that names another principal is not held up
            destinationIam.createRole(r -> r.roleName("unrelated-" + suffix).assumeRolePolicyDocument(TRUST_ECS));
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> destinationIam.createRole(
                                r -> r.roleName(destination).assumeRolePolicyDocument(trust)))
                        .isInstanceOfSatisfying(MalformedPolicyDocumentException.class, e -> {
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
                            assertThat(e.awsErrorDetails().errorMessage())
                                    .isEqualTo("Invalid principal in policy: \"AWS\":\"" + sourceArn + "\"");
                            assertThat(e.statusCode()).isEqualTo(400);
                            assertThat(e.requestId()).isNotBlank();
                        });
            }
            destinationIam.createRole(r -> r.roleName(destination).assumeRolePolicyDocument(trust));

            assertThat(destinationIam
                            .getRole(r -> r.roleName(destination))
                            .role()
                            .assumeRolePolicyDocument())
                    .contains(sourceArn);
        }
        assertThat(proxy.calls("CreateRole"))
                .extracting(ProxiedCall::injected)
                .containsExactly(false, false, true, true, false);
    }

    @Test
    void anyErrorCodeForANamedActionNTimesWithTheServicesStatus() {
        proxy.faults()
                .fail("PutRolePolicy", "LimitExceeded", 1)
                .fail("ListRoles", "AccessDenied", 1)
                .fail("RegisterTaskDefinition", "AccessDeniedException", 1);
        String role = "failing-" + suffix;
        try (IamClient iam = iam(ACCOUNT);
                EcsClient ecs = ecs(ACCOUNT)) {
            iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TRUST_ECS));
            assertThatThrownBy(() -> iam.putRolePolicy(r -> r.roleName(role)
                            .policyName("p")
                            .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}")))
                    .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.requestId()).isNotBlank();
                    });
            iam.putRolePolicy(r ->
                    r.roleName(role).policyName("p").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
            assertThatThrownBy(iam::listRoles).isInstanceOfSatisfying(IamException.class, e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                assertThat(e.statusCode()).isEqualTo(403);
            });
            assertThatThrownBy(() -> ecs.registerTaskDefinition(r -> r.family("fam-" + suffix)
                            .containerDefinitions(
                                    c -> c.name("app").image("img").memory(128))))
                    .isInstanceOfSatisfying(EcsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.requestId()).isNotBlank();
                    });
        }
        assertThat(proxy.writes())
                .as("an injected failure never reaches Floci")
                .containsExactly(
                        new FaultProxy.Write("CreateRole", role + "//"),
                        new FaultProxy.Write("PutRolePolicy", role + "/p/"));
    }

    @Test
    void eachCallWaitsTheLatencyAndParallelCallsWaitSideBySide() {
        proxy.latency(Duration.ofMillis(500));
        try (StsClient first = sts(ACCOUNT);
                StsClient second = sts(OTHER)) {
            CompletableFuture.allOf(
                            CompletableFuture.runAsync(first::getCallerIdentity),
                            CompletableFuture.runAsync(second::getCallerIdentity))
                    .join();
        }

        List<ProxiedCall> calls = proxy.calls("GetCallerIdentity");
        assertThat(calls)
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(500)));
        assertThat(calls.get(1).startNanos())
                .as("the second arrived while the first waited")
                .isLessThan(calls.get(0).endNanos());
    }

    @Test
    void sessionKeysIssuedThroughTheProxyAreCountedInTheirAccount() {
        String role = "session-" + suffix;
        try (IamClient root = FlociAccount.root(OTHER).iam()) {
            root.createRole(r -> r.roleName(role)
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\"}]}"));
        }
        Credentials session;
        try (StsClient sts = sts(ACCOUNT)) {
            session = sts.assumeRole(r ->
                            r.roleArn("arn:aws:iam::" + OTHER + ":role/" + role).roleSessionName("proxy-test"))
                    .credentials();
        }
        try (StsClient asRole = StsClient.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.of(FlociAccount.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                        session.accessKeyId(), session.secretAccessKey(), session.sessionToken())))
                .build()) {
            assertThat(asRole.getCallerIdentity().account()).isEqualTo(OTHER);
        }

        assertThat(proxy.calls())
                .extracting(ProxiedCall::action, ProxiedCall::account)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("AssumeRole", ACCOUNT),
                        org.assertj.core.groups.Tuple.tuple("GetCallerIdentity", OTHER));
    }

    @Test
    void credentialsCanBeMadeToActInAnotherAccount() {
        proxy.faults().actAs(ACCOUNT, OTHER);
        try (StsClient sts = sts(ACCOUNT)) {
            assertThat(sts.getCallerIdentity().account()).isEqualTo(OTHER);
        }
        assertThat(proxy.calls("GetCallerIdentity").get(0).account())
                .as("recorded as the account the credentials are for")
                .isEqualTo(ACCOUNT);
    }

    @Test
    void iamDocumentsCanComeBackUrlEncodedAsAwsSendsThem() {
        String role = "encoded-" + suffix;
        proxy.faults().awsEncodedDocuments(true);
        try (IamClient iam = iam(ACCOUNT)) {
            iam.createRole(r -> r.roleName(role).assumeRolePolicyDocument(TRUST_ECS));

            assertThat(iam.getRole(r -> r.roleName(role)).role().assumeRolePolicyDocument())
                    .isEqualTo(java.net.URLEncoder.encode(TRUST_ECS, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
    }

    @Test
    void accessAnalyzerCallsGoWhereTheyAreRoutedAndFaultsApplyToThem() {
        analyzer.finding("WARNING", "SOME_CHECK", "Look at this.");
        try (FaultProxy routed = FaultProxy.start(LocalFloci.endpoint()).route("access-analyzer", analyzer.endpoint());
                AccessAnalyzerClient client = analyzer(routed, ACCOUNT)) {
            assertThat(client.validatePolicy(r -> r.policyDocument("{}").policyType(PolicyType.IDENTITY_POLICY))
                            .findings())
                    .singleElement()
                    .satisfies(f -> assertThat(f.issueCode()).isEqualTo("SOME_CHECK"));
            routed.faults().fail("ValidatePolicy", "AccessDeniedException", 1);
            assertThatThrownBy(() ->
                            client.validatePolicy(r -> r.policyDocument("{}").policyType(PolicyType.IDENTITY_POLICY)))
                    .isInstanceOfSatisfying(AccessAnalyzerException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                        assertThat(e.statusCode()).isEqualTo(403);
                    });
            assertThat(routed.calls("ValidatePolicy").get(0).parameter("policyType"))
                    .isEqualTo("IDENTITY_POLICY");
        }
        try (AccessAnalyzerClient floci = analyzer(proxy, ACCOUNT)) {
            assertThatThrownBy(() ->
                            floci.validatePolicy(r -> r.policyDocument("{}").policyType(PolicyType.IDENTITY_POLICY)))
                    .as("Floci has no Access Analyzer")
                    .isInstanceOfSatisfying(
                            AccessAnalyzerException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(404));
        }
    }

    static String trusting(String roleArn) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + roleArn
                + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    }

    private static StaticCredentialsProvider root(String account) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "test"));
    }

    private static IamClient iam(String account) {
        return IamClient.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(root(account))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    private static StsClient sts(String account) {
        return StsClient.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.of(FlociAccount.REGION))
                .credentialsProvider(root(account))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    private static EcsClient ecs(String account) {
        return EcsClient.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.of(FlociAccount.REGION))
                .credentialsProvider(root(account))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    private static AccessAnalyzerClient analyzer(FaultProxy through, String account) {
        return AccessAnalyzerClient.builder()
                .endpointOverride(through.endpoint())
                .region(Region.of(FlociAccount.REGION))
                .credentialsProvider(root(account))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }
}
