package io.rolewire.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helpers the executor's retry and failure logic branch on. */
class AwsCallFailedTest {

    private static AwsCallFailed failed(String code, String message, boolean throttling) {
        return new AwsCallFailed(
                new AwsCall("555566667777", "iam", "UpdateAssumeRolePolicy"), code, message, "req-1", 400, throttling);
    }

    @Test
    void invalidPrincipalIsOnlyTheMalformedDocumentThatNamesAnUnknownPrincipal() {
        assertThat(failed("MalformedPolicyDocument", "Invalid principal in policy: \"AWS\":\"arn\"", false)
                        .invalidPrincipal())
                .isTrue();
        assertThat(failed("MalformedPolicyDocument", "Syntax errors in policy.", false)
                        .invalidPrincipal())
                .isFalse();
    }

    @Test
    void accessDeniedNotFoundAndThrottledFollowTheErrorCode() {
        assertThat(failed("AccessDenied", "no", false).accessDenied()).isTrue();
        assertThat(failed("AccessDeniedException", "no", false).accessDenied()).isTrue();
        assertThat(failed("NoSuchEntity", "gone", false).notFound()).isTrue();
        assertThat(failed("Throttling", "slow down", true).throttled()).isTrue();
        assertThat(failed("LimitExceeded", "quota", false))
                .satisfies(e -> assertThat(e.accessDenied() || e.notFound() || e.throttled())
                        .isFalse());
    }

    @Test
    void theMessageNamesAccountCallCodeAndRequestId() {
        assertThat(failed("AccessDenied", "not authorized", false).getMessage())
                .isEqualTo("iam:UpdateAssumeRolePolicy in account 555566667777 failed: AccessDenied: not authorized"
                        + " (request id req-1)");
    }
}
