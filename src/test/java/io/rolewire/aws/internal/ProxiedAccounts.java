package io.rolewire.aws.internal;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsProperties;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.testsupport.aws.AccessAnalyzerStub;
import io.rolewire.testsupport.aws.FaultProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions pointed at Floci through a {@link FaultProxy} (which records every call and injects
 * faults; reset before each test), with a source and a destination account of each test's own, so
 * that tests share one emulator and start empty. Each account acts with its root key (Floci's
 * 12-digit access key id), or assumes a deployer role of its own.
 */
@RequiresFloci
abstract class ProxiedAccounts {

    static final String DEPLOYER_ROLE = "rolewire-deployer";
    static final String EXTERNAL_ID = "rolewire-test-external-id";
    static final String REGION = FlociAccount.REGION;
    static final String TRUST_ECS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static FaultProxy proxy;
    private static AccessAnalyzerStub analyzer;

    @TempDir
    Path directory;

    final String source = newAccount();
    final String destination = newAccount();
    SdkSessions sessions;

    static synchronized FaultProxy proxy() {
        if (proxy == null) {
            proxy = FaultProxy.start(LocalFloci.endpoint());
            analyzer = AccessAnalyzerStub.start();
        }
        return proxy;
    }

    static synchronized AccessAnalyzerStub analyzer() {
        proxy();
        return analyzer;
    }

    @BeforeEach
    void openSessions() {
        proxy().reset();
        analyzer().reset();
        sessions = new SdkSessions(properties(false, source, destination));
    }

    @AfterEach
    void closeSessions() {
        sessions.close();
    }

    AccountSession source() {
        return sessions.open(source, REGION, "42");
    }

    AccountSession destination() {
        return sessions.open(destination, REGION, "42");
    }

    String roleArn(String account, String name) {
        return "arn:aws:iam::" + account + ":role/" + name;
    }

    static String trustingRole(String roleArn) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + roleArn
                + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    }

    /**
     * {@code rolewire.aws} settings through the proxy: one profile per account with its root key; with
     * {@code assume}, each profile assumes that account's {@link #DEPLOYER_ROLE} with {@link #EXTERNAL_ID}.
     */
    AwsProperties properties(boolean assume, String... accounts) {
        StringBuilder file = new StringBuilder();
        Map<String, AwsProperties.Account> configured = new LinkedHashMap<>();
        for (String account : accounts) {
            file.append("[floci-")
                    .append(account)
                    .append("]\naws_access_key_id = ")
                    .append(account)
                    .append("\naws_secret_access_key = test\n");
            configured.put(
                    account,
                    AwsProperties.Account.of(
                            assume ? roleArn(account, DEPLOYER_ROLE) : null,
                            assume ? EXTERNAL_ID : null,
                            "floci-" + account));
        }
        try {
            Path credentials = Files.writeString(directory.resolve("credentials-" + assume), file);
            return new AwsProperties(
                    proxy().endpoint(),
                    REGION,
                    credentials,
                    configured,
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(5),
                    AwsProperties.RetryMode.STANDARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deployer role in {@code account} that its root may assume and that may do anything. */
    static void givenDeployerRole(String account) {
        try (var iam = FlociAccount.root(account).iam()) {
            iam.createRole(r -> r.roleName(DEPLOYER_ROLE)
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},"
                            + "\"Action\":\"sts:AssumeRole\"}]}"));
            iam.putRolePolicy(r -> r.roleName(DEPLOYER_ROLE)
                    .policyName("everything")
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"*\",\"Resource\":\"*\"}]}"));
        }
    }

    /** An account no other test uses: Floci keeps what earlier tests and runs made. */
    static String newAccount() {
        return String.format("46%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    }
}
