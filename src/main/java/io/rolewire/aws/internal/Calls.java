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
            throw clientError(call, e);
        }
    }

    /**
     * No answer came back. The SDK's own text for a missing credential lists every provider of its
     * chain over twenty lines: a person needs to know only that this account has no credentials.
     */
    static AwsCallFailed clientError(AwsCall call, SdkException e) {
        if (missingCredentials(e)) {
            return new AwsCallFailed(call, AwsCallFailed.NO_CREDENTIALS, "no credentials", null, 0, false);
        }
        return new AwsCallFailed(call, AwsCallFailed.CLIENT_ERROR, firstLine(rootCause(e)), null, 0, false);
    }

    static boolean missingCredentials(Throwable e) {
        return String.valueOf(e.getMessage()).startsWith("Unable to load credentials");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = text.lines().findFirst().orElse(text);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
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
