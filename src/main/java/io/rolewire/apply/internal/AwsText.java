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

    /**
     * Why an account could not be read, for the live plan: one sentence per account, naming it, the
     * property to set and the README section. AWS's (or the SDK's) own text is left out: it stays in
     * the server's log ({@code apply.reach.*} of {@code apply-messages.properties}, same arguments).
     */
    String reach(AwsCallFailed failure) {
        String kind = failure.messageCode().substring(failure.messageCode().lastIndexOf('.') + 1);
        String text = messages.getMessage("apply.reach." + kind, failure.messageArguments(), null, Locale.ROOT);
        return text != null ? text : messages.getMessage("apply.reach.other", failure.messageArguments(), Locale.ROOT);
    }

    /** A decision's note in the English the API and the step records carry; null for none. */
    String of(Note note) {
        return note == null ? null : of(note.code(), note.args().toArray());
    }

    String of(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, Locale.ROOT);
    }
}
