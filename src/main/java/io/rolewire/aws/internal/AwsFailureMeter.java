package io.rolewire.aws.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.rolewire.aws.AwsCallFailed;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts AWS calls that failed, by service and AWS error code: {@code rolewire.aws.errors} for
 * every failure, {@code rolewire.aws.throttles} for the ones AWS throttled. An interceptor sees
 * every call of every client (reads, writes, STS behind assumed roles), not only those that pass
 * through {@link Calls}. It fires once per call, after the SDK's own retries: a call the SDK
 * retried into success is no failure. Neither account, role nor request id becomes a tag: each
 * would start a new series per run.
 */
final class AwsFailureMeter implements ExecutionInterceptor {

    static final String ERRORS = "rolewire.aws.errors";
    static final String THROTTLES = "rolewire.aws.throttles";

    private final MeterRegistry registry;

    AwsFailureMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        String service = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))
                .toLowerCase(Locale.ROOT);
        Throwable failure = context.exception();
        // the same codes as the steps' AwsCallFailed, so a dashboard and a run page agree
        String code = Calls.missingCredentials(failure) ? AwsCallFailed.NO_CREDENTIALS : AwsCallFailed.CLIENT_ERROR;
        boolean throttled = false;
        if (failure instanceof AwsServiceException aws) {
            code = aws.awsErrorDetails() == null || aws.awsErrorDetails().errorCode() == null
                    ? "Unknown"
                    : aws.awsErrorDetails().errorCode();
            throttled = aws.isThrottlingException();
        }
        registry.counter(ERRORS, "service", service, "code", code).increment();
        if (throttled) {
            registry.counter(THROTTLES, "service", service, "code", code).increment();
        }
    }
}
