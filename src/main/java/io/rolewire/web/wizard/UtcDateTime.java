package io.rolewire.web.wizard;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Empty, or a date and time as a {@code datetime-local} input sends it ({@code 2027-01-31T09:30},
 * seconds optional) that exists in the calendar: 2027-02-30 is refused here, not dropped later.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UtcDateTime.Check.class)
@interface UtcDateTime {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<UtcDateTime, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Text.trimmed(value) == null || Text.utcInstant(value) != null;
        }
    }
}
