package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

/** A call that got no answer says, in one sentence per account, why and what to set. */
class CallsTest {

    static final AwsCall CALL = new AwsCall("111122223333", "sts", "GetCallerIdentity");

    @Test
    void missingCredentialsNameTheAccountAndThePropertiesNotTheSdksChain() throws Exception {
        SdkClientException sdk = SdkClientException.create("Unable to load credentials from any of the providers"
                + " in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(),"
                + " EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider(), ...])\n"
                + "SystemPropertyCredentialsProvider(): Unable to load credentials from system settings...");

        AwsCallFailed failed = Calls.clientError(CALL, sdk);

        assertThat(failed.errorCode()).isEqualTo(AwsCallFailed.NO_CREDENTIALS);
        String text = render(failed);
        assertThat(text)
                .contains("Account 111122223333 has no AWS credentials")
                .contains("rolewire.aws.accounts.111122223333.role-arn")
                .doesNotContain("providers in the chain")
                .doesNotContain("\n");
    }

    @Test
    void anEndpointThatDoesNotAnswerIsOneShortLine() throws Exception {
        SdkClientException sdk = SdkClientException.create(
                "Unable to execute HTTP request: Connect to 127.0.0.1:4599 failed",
                new ConnectException("Connection refused\n\tat some.Frame"));

        AwsCallFailed failed = Calls.clientError(CALL, sdk);

        assertThat(failed.errorCode()).isEqualTo(AwsCallFailed.CLIENT_ERROR);
        assertThat(render(failed))
                .isEqualTo("AWS did not answer for account 111122223333 (sts:GetCallerIdentity): Connection refused."
                        + " Check the network, or rolewire.aws.endpoint-url when you use an emulator (README, \"AWS"
                        + " access: applying runs\").");
    }

    private static String render(AwsCallFailed failed) throws Exception {
        Properties bundle = new Properties();
        try (var in = CallsTest.class.getResourceAsStream("/aws-messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new MessageFormat(bundle.getProperty(failed.messageCode())).format(failed.messageArguments());
    }
}
