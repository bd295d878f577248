package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

class AwsFailureMeterTest {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AwsFailureMeter meter = new AwsFailureMeter(registry);

    @Test
    void aThrottledCallIsAnErrorAndAThrottleUnderAwsCode() {
        meter.onExecutionFailure(failed(awsError("Throttling", 400)), service("Iam"));

        assertThat(count(AwsFailureMeter.ERRORS, "iam", "Throttling")).isEqualTo(1);
        assertThat(count(AwsFailureMeter.THROTTLES, "iam", "Throttling")).isEqualTo(1);
    }

    @Test
    void anyOtherRefusalIsAnErrorOnly() {
        meter.onExecutionFailure(failed(awsError("AccessDenied", 403)), service("AccessAnalyzer"));

        assertThat(count(AwsFailureMeter.ERRORS, "accessanalyzer", "AccessDenied"))
                .isEqualTo(1);
        assertThat(registry.find(AwsFailureMeter.THROTTLES).counters()).isEmpty();
    }

    @Test
    void noAnswerAndNoCredentialsUseTheCodesOfTheRunPage() {
        meter.onExecutionFailure(
                failed(SdkClientException.create("Unable to load credentials from any of the providers")),
                service("Sts"));
        meter.onExecutionFailure(failed(SdkClientException.create("Connection refused")), service("Sts"));

        assertThat(count(AwsFailureMeter.ERRORS, "sts", "NoCredentials")).isEqualTo(1);
        assertThat(count(AwsFailureMeter.ERRORS, "sts", "ClientError")).isEqualTo(1);
    }

    private double count(String name, String service, String code) {
        return registry.get(name)
                .tag("service", service)
                .tag("code", code)
                .counter()
                .count();
    }

    private static AwsServiceException awsError(String code, int status) {
        return AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
                .statusCode(status)
                .build();
    }

    private static Context.FailedExecution failed(Throwable exception) {
        Context.FailedExecution context = mock(Context.FailedExecution.class);
        when(context.exception()).thenReturn(exception);
        return context;
    }

    private static ExecutionAttributes service(String name) {
        return ExecutionAttributes.builder()
                .put(SdkExecutionAttribute.SERVICE_NAME, name)
                .build();
    }
}
