package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsProperties;
import io.rolewire.wiring.AccountId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run's plan, steps and verification open their accounts several times; they must share one
 * session (one STS role session, one proof of the account) per account. Nothing is called here:
 * sessions are lazy, so this is about which session each open returns.
 */
class RunSessionsTest {

    private static final AccountId SOURCE = AccountId.of("111122223333");
    private static final AccountId DESTINATION = AccountId.of("555566667777");

    private final SdkSessions sessions = new SdkSessions(new AwsProperties(
            URI.create("http://127.0.0.1:9"),
            "eu-west-1",
            Path.of("does-not-exist"),
            Map.of(
                    SOURCE.value(),
                    AwsProperties.Account.of("arn:aws:iam::111122223333:role/deployer", "external", null),
                    DESTINATION.value(),
                    AwsProperties.Account.of("arn:aws:iam::555566667777:role/deployer", "external", null)),
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            AwsProperties.RetryMode.STANDARD));

    @AfterEach
    void close() {
        sessions.close();
    }

    @Test
    void theSameRunGetsTheSameSessionPerAccount() {
        AccountSession plan = sessions.open(SOURCE, "eu-west-1", "7");
        AccountSession steps = sessions.open(SOURCE, "eu-west-1", "7");
        AccountSession verification = sessions.open("111122223333", "eu-west-1", "7");

        assertThat(steps).isSameAs(plan);
        assertThat(verification).isSameAs(plan);
        assertThat(sessions.open(DESTINATION, "eu-west-1", "7"))
                .isNotSameAs(plan)
                .isSameAs(sessions.open(DESTINATION, "eu-west-1", "7"));
    }

    @Test
    void anotherRunOrRegionIsAnotherSessionNamedForIt() {
        AccountSession seven = sessions.open(SOURCE, "eu-west-1", "7");

        assertThat(sessions.open(SOURCE, "eu-west-1", "8")).isNotSameAs(seven);
        assertThat(sessions.open(SOURCE, "us-east-1", "7")).isNotSameAs(seven);
    }

    @Test
    void readsOutsideARunAreNotKept() {
        assertThat(sessions.open(SOURCE, "eu-west-1", null)).isNotSameAs(sessions.open(SOURCE, "eu-west-1", null));
    }

    @Test
    void closingForgetsTheSessions() {
        AccountSession before = sessions.open(SOURCE, "eu-west-1", "7");

        sessions.close();

        assertThat(sessions.open(SOURCE, "eu-west-1", "7")).isNotSameAs(before);
    }
}
