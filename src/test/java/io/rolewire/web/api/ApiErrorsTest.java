package io.rolewire.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.web.api.ApiErrorResponse.ApiError;
import io.rolewire.wiring.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.core.exc.StreamConstraintsException;

/** Message resolution and the explanations of unreadable bodies, without Spring MVC. */
class ApiErrorsTest {

    private final StaticMessageSource bundle = new StaticMessageSource();
    private final ApiErrors errors = new ApiErrors(bundle);

    @BeforeEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aViolationCodeResolvesFromTheBundleWithItsArguments() {
        bundle.addMessage(
                "wiring.accountId.format", Locale.ENGLISH, "An AWS account ID is exactly 12 digits; ''{0}'' has {1}.");
        Violation violation = new Violation(
                "source.accountId", "wiring.accountId.format", List.of("1111222233334444", 16), "fallback");

        assertThat(errors.violation(violation))
                .isEqualTo(new ApiError(
                        "source.accountId", "An AWS account ID is exactly 12 digits; '1111222233334444' has 16."));
    }

    @Test
    void aViolationCodeMissingFromTheBundleFallsBackToTheCoresTextVerbatim() {
        Violation violation =
                new Violation("region", "wiring.region.new", List.of("xx-1"), "'xx-1' isn't a {known} region.");

        assertThat(errors.violation(violation)).isEqualTo(new ApiError("region", "'xx-1' isn't a {known} region."));
    }

    @Test
    void apiTextsHaveEnglishDefaultsWithoutGroupingIds() {
        assertThat(errors.text(ApiMessage.RUN_NOT_FOUND, "1234567")).isEqualTo("Run 1234567 not found.");
    }

    @Test
    void theBundleOverridesAnApiDefault() {
        bundle.addMessage("api.error.runNotFound", Locale.ENGLISH, "Kein Lauf {0}.");

        assertThat(errors.text(ApiMessage.RUN_NOT_FOUND, "7")).isEqualTo("Kein Lauf 7.");
    }

    @Test
    void aDocumentBeyondTheParsersLimitsIsMalformedWithoutTheLimitsInternals() {
        var tooDeep = new HttpMessageNotReadableException(
                "I/O error",
                new StreamConstraintsException("Document nesting depth (1001) exceeds"
                        + " the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"),
                new MockHttpInputMessage(new byte[0]));

        assertThat(new JsonProblems(errors).explain(tooDeep))
                .isEqualTo(new ApiError(null, "Malformed JSON: the document exceeds a size or nesting limit."));
    }

    @Test
    void anUnreadableBodyWithoutAJsonCauseIsAMissingBody() {
        var missing = new HttpMessageNotReadableException(
                "Required request body is missing: public ...Controller.process(...)",
                new MockHttpInputMessage(new byte[0]));

        assertThat(new JsonProblems(errors).explain(missing))
                .isEqualTo(new ApiError(null, "A JSON request body is required."));
    }
}
