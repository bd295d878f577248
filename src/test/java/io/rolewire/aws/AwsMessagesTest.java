package io.rolewire.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message code the adapters hand out exists in aws-messages.properties and formats. */
class AwsMessagesTest {

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AwsMessagesTest.class.getResourceAsStream("/aws-messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static AwsCallFailed failed(String operation, String code, String message, boolean throttling) {
        return new AwsCallFailed(
                new AwsCall("111122223333", "iam", operation), code, message, "req-9", 400, throttling);
    }

    @Test
    void everyFailureKindHasAMessageThatNamesTheAccountAndRequestId() throws IOException {
        Properties bundle = bundle();
        List<AwsCallFailed> failures = List.of(
                failed("UpdateAssumeRolePolicy", "MalformedPolicyDocument", "Invalid principal in policy", false),
                failed(
                        "RegisterTaskDefinition",
                        "AccessDeniedException",
                        "not authorized to perform iam:PassRole",
                        false),
                failed("PutRolePolicy", "AccessDenied", "not authorized", false),
                failed("GetRole", "Throttling", "Rate exceeded", true),
                failed("GetRole", "NoSuchEntity", "cannot be found", false),
                failed("DeleteRole", "DeleteConflict", "Cannot delete entity, must detach all policies first.", false),
                failed("CreateRole", "LimitExceeded", "quota", false));

        assertThat(failures).extracting(AwsCallFailed::messageCode).doesNotHaveDuplicates();
        for (AwsCallFailed failure : failures) {
            String pattern = bundle.getProperty(failure.messageCode());
            assertThat(pattern).as(failure.messageCode()).isNotNull();
            assertThat(MessageFormat.format(pattern, failure.messageArguments()))
                    .contains("111122223333", "req-9");
        }
    }

    @Test
    void wrongAccountAndAnalyzerStatusesHaveMessages() throws IOException {
        Properties bundle = bundle();
        AwsCallFailed wrong =
                failed("GetCallerIdentity", AwsCallFailed.WRONG_ACCOUNT, "resolves to 999988887777", false);

        assertThat(wrong.messageCode()).isEqualTo("aws.error.wrongAccount");
        assertThat(MessageFormat.format(bundle.getProperty(wrong.messageCode()), wrong.messageArguments()))
                .contains("nothing was written");
        for (PolicyValidation.Status status : PolicyValidation.Status.values()) {
            PolicyValidation validation = new PolicyValidation(status, List.of(), "AccessDenied", null);
            assertThat(bundle.getProperty(validation.messageCode()))
                    .as(status.name())
                    .isNotNull();
        }
    }
}
