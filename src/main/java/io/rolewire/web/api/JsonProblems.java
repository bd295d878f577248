package io.rolewire.web.api;

import io.rolewire.web.api.ApiErrorResponse.ApiError;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Explains an unreadable request body: a syntax error (field null, "Malformed JSON: ..." with the
 * parser's description and position only), an unknown property, or a value of the wrong type at a
 * dotted path ({@code ecs.cpu}, {@code destination.managedPolicyArns[0]}).
 */
final class JsonProblems {

    private final ApiErrors errors;

    JsonProblems(ApiErrors errors) {
        this.errors = errors;
    }

    ApiError explain(HttpMessageNotReadableException unreadable) {
        JacksonException problem = jacksonCause(unreadable);
        if (problem == null) {
            return new ApiError(null, errors.text(ApiMessage.BODY_MISSING));
        }
        if (problem instanceof StreamConstraintsException) {
            return new ApiError(null, errors.text(ApiMessage.JSON_TOO_LARGE));
        }
        if (problem instanceof StreamReadException && !(problem instanceof InputCoercionException)) {
            return new ApiError(null, errors.text(ApiMessage.MALFORMED_JSON, describe(problem)));
        }
        String field = path(problem);
        if (problem instanceof PropertyBindingException unknown) {
            String known = unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new ApiError(field, errors.text(ApiMessage.UNKNOWN_PROPERTY, unknown.getPropertyName(), known));
        }
        if (field.isEmpty()) {
            return new ApiError(null, errors.text(rootProblem(problem)));
        }
        Object value = problem instanceof InvalidFormatException invalid ? invalid.getValue() : null;
        return errors.expected(field, targetType(problem), value);
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static Class<?> targetType(JacksonException problem) {
        if (problem instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        return problem instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
    }

    /**
     * A problem with the body as a whole. Jackson reports content after the object (refused by
     * FAIL_ON_TRAILING_TOKENS) as a mismatch too; only its message tells it apart, and that message
     * names our classes, so it is replaced by our own text.
     */
    private static ApiMessage rootProblem(JacksonException problem) {
        if (problem instanceof MismatchedInputException mismatch && mismatch.getCurrentToken() == null) {
            return ApiMessage.BODY_MISSING;
        }
        String original = problem.getOriginalMessage();
        return original != null && original.startsWith("Trailing token")
                ? ApiMessage.TRAILING_CONTENT
                : ApiMessage.BODY_NOT_OBJECT;
    }

    /** Dotted path as Bean Validation writes it: {@code source.accountId}, {@code list[0]}. */
    static String path(JacksonException problem) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : problem.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The parser's own words (what it met, what it expected) and where; no source, no classes. */
    private static String describe(JacksonException problem) {
        String original = problem.getOriginalMessage() == null ? "" : problem.getOriginalMessage();
        int cut = indexOfAny(original, "\n", " (start marker at", " at [Source");
        String what = (cut < 0 ? original : original.substring(0, cut)).strip();
        TokenStreamLocation at = problem.getLocation();
        return at == null || at.getLineNr() < 0
                ? what
                : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static int indexOfAny(String text, String... markers) {
        int first = -1;
        for (String marker : markers) {
            int i = text.indexOf(marker);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
