package io.rolewire.web.api;

import io.rolewire.web.api.ApiErrorResponse.ApiError;
import io.rolewire.wiring.Violation;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.FieldError;

/**
 * Turns every kind of refusal into an {@link ApiError} whose message comes from the MessageSource
 * (messages.properties, wiring-messages.properties), falling back to an English default. Never
 * exposes exception texts, class names or stack traces.
 */
final class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    String text(ApiMessage message, Object... args) {
        return resolve(new String[] {message.code()}, args)
                .orElseGet(() -> new MessageFormat(message.defaultPattern(), Locale.ENGLISH).format(args));
    }

    /** Another module's own message code (e.g. {@code apply.refused.*}), when the bundles have it. */
    Optional<String> coded(String code, Object... args) {
        return resolve(new String[] {code}, args);
    }

    /** A wiring core violation: its code from the bundle, else the core's own English text. */
    ApiError violation(Violation violation) {
        String text = resolve(new String[] {violation.code()}, violation.args().toArray())
                .orElse(violation.defaultMessage());
        return new ApiError(violation.field(), text);
    }

    /** A Bean Validation or binding error; type mismatches never show the converter's text. */
    ApiError field(FieldError error) {
        TypeMismatchException mismatch =
                error.contains(TypeMismatchException.class) ? error.unwrap(TypeMismatchException.class) : null;
        if (mismatch != null) {
            return expected(error.getField(), mismatch.getRequiredType(), error.getRejectedValue());
        }
        String fallback = Arrays.stream(ApiMessage.values())
                .filter(m -> Arrays.asList(error.getCodes()).contains(m.code()))
                .findFirst()
                .map(m -> text(m))
                .orElse(error.getDefaultMessage());
        return new ApiError(
                error.getField(),
                resolve(error.getCodes(), error.getArguments()).orElse(fallback));
    }

    /** The value at {@code field} could not become a {@code type}. */
    ApiError expected(String field, Class<?> type, Object value) {
        return new ApiError(field, expectedText(type, value));
    }

    private String expectedText(Class<?> type, Object value) {
        if (type == null) {
            return text(ApiMessage.WRONG_TYPE);
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return value instanceof String s
                    ? text(ApiMessage.EXPECTED_ONE_OF, s, allowed)
                    : text(ApiMessage.EXPECTED_ENUM, allowed);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return text(ApiMessage.EXPECTED_WHOLE_NUMBER);
        }
        if (type == Boolean.class || type == boolean.class) {
            return text(ApiMessage.EXPECTED_BOOLEAN);
        }
        if (type == Instant.class) {
            return text(ApiMessage.EXPECTED_INSTANT);
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return text(ApiMessage.EXPECTED_TEXT);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return text(ApiMessage.EXPECTED_ARRAY);
        }
        return type.isRecord() ? text(ApiMessage.EXPECTED_OBJECT) : text(ApiMessage.WRONG_TYPE);
    }

    private Optional<String> resolve(String[] codes, Object[] args) {
        try {
            return Optional.of(messages.getMessage(
                    new DefaultMessageSourceResolvable(codes, args), LocaleContextHolder.getLocale()));
        } catch (NoSuchMessageException notInBundle) {
            return Optional.empty();
        }
    }
}
