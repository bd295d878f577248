package io.rolewire.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How {@code rolewire.aws.*} binds, and the defaults when nothing is set. */
class AwsPropertiesTest {

    private static AwsProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("rolewire.aws", AwsProperties.class);
    }

    @Test
    void bindsEndpointTimeoutsRetryModeAndEachAccount() {
        AwsProperties properties = bind(Map.of(
                "rolewire.aws.endpoint-url", "http://127.0.0.1:4566",
                "rolewire.aws.region", "eu-west-1",
                "rolewire.aws.api-call-timeout", "20s",
                "rolewire.aws.api-call-attempt-timeout", "3s",
                "rolewire.aws.retry-mode", "adaptive",
                "rolewire.aws.accounts.111122223333.role-arn", "arn:aws:iam::111122223333:role/rolewire-deployer",
                "rolewire.aws.accounts.111122223333.external-id", "x-1",
                "rolewire.aws.accounts.555566667777.profile", "destination"));

        assertThat(properties.endpointUrl()).isEqualTo(URI.create("http://127.0.0.1:4566"));
        assertThat(properties.region()).isEqualTo("eu-west-1");
        assertThat(properties.apiCallTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(properties.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.retryMode()).isEqualTo(AwsProperties.RetryMode.ADAPTIVE);
        assertThat(properties.account("111122223333").assumesRole()).isTrue();
        assertThat(properties.account("111122223333").externalId()).isEqualTo("x-1");
        assertThat(properties.account("555566667777").usesProfile()).isTrue();
        assertThat(properties.account("555566667777").assumesRole()).isFalse();
    }

    @Test
    void withNothingSetEveryAccountUsesTheDefaultChainWithStandardRetries() {
        AwsProperties properties = bind(Map.of());

        assertThat(properties.endpointUrl()).isNull();
        assertThat(properties.region()).isEqualTo("us-east-1");
        assertThat(properties.retryMode()).isEqualTo(AwsProperties.RetryMode.STANDARD);
        assertThat(properties.apiCallTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.account("999988887777").assumesRole()).isFalse();
        assertThat(properties.account("999988887777").usesProfile()).isFalse();
    }

    @Test
    void emulatorKeysBindWithAnEndpoint() {
        AwsProperties properties = bind(Map.of(
                "rolewire.aws.endpoint-url", "http://127.0.0.1:4566",
                "rolewire.aws.accounts.111122223333.access-key-id", "111122223333",
                "rolewire.aws.accounts.111122223333.secret-access-key", "sandbox"));

        assertThat(properties.account("111122223333").usesStaticKeys()).isTrue();
        assertThat(properties.account("111122223333").accessKeyId()).isEqualTo("111122223333");
        assertThat(properties.account("555566667777").usesStaticKeys()).isFalse();
    }

    @Test
    void emulatorKeysWithoutAnEndpointAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> bind(Map.of("rolewire.aws.accounts.111122223333.access-key-id", "AKIAEXAMPLE")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause()
                .hasMessageContaining("rolewire.aws.accounts.111122223333.access-key-id is for an emulator only")
                .hasMessageContaining("role-arn or profile");
    }
}
