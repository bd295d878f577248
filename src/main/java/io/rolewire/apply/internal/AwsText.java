package io.rolewire.apply.internal;

import io.rolewire.aws.AwsCallFailed;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Turns an AWS failure into the sentence people read (aws-messages.properties): guidance, not a trace. */
final class AwsText {

    private final MessageSource messages;

    AwsText(MessageSource messages) {
        this.messages = messages;
    }

    String of(AwsCallFailed failure) {
        return messages.getMessage(
                failure.messageCode(), failure.messageArguments(), failure.getMessage(), Locale.ROOT);
    }

    String of(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, Locale.ROOT);
    }
}
