package io.rolewire.aws.internal;

import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Runs one SDK call and translates whatever it throws: no SDK exception leaves this package. */
final class Calls {

    private Calls() {}

    static <T> T run(AwsCall call, Supplier<T> action) {
        try {
            return action.get();
        } catch (AwsServiceException e) {
            throw translate(call, e);
        } catch (SdkException e) {
            throw new AwsCallFailed(call, AwsCallFailed.CLIENT_ERROR, e.getMessage(), null, 0, false);
        }
    }

    static AwsCallFailed translate(AwsCall call, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null
                ? e.getMessage()
                : e.awsErrorDetails().errorMessage();
        return new AwsCallFailed(
                call,
                code == null ? "Unknown" : code,
                message == null ? e.getMessage() : message,
                e.requestId(),
                e.statusCode(),
                e.isThrottlingException());
    }
}
