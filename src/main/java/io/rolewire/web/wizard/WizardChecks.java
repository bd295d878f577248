package io.rolewire.web.wizard;

import io.rolewire.wiring.Violation;
import io.rolewire.wiring.Wiring;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Puts both kinds of problems of a step onto one {@link BindingResult}: the form's syntax checks
 * (Bean Validation) and the wiring core's rules ({@link Violation}s), so a page shows them the
 * same way, next to the fields and in the summary.
 */
@Component
class WizardChecks {

    static final String FORM = "form";

    private final Wiring wiring;
    private final SpringValidatorAdapter syntax;

    WizardChecks(Wiring wiring, Validator validator) {
        this.wiring = wiring;
        this.syntax = new SpringValidatorAdapter(validator);
    }

    /**
     * After a POST (syntax already checked by {@code @Valid}): adds this step's violations and
     * returns all the errors in page order, without those of fields that do not apply.
     */
    BindingResult bindViolations(Step step, WizardState state, BindingResult result) {
        bind(step, wiring.validate(state.toInput()), result);
        return FormFields.arranged(step, result);
    }

    /** Both checks for a step's saved form, as if it had just been posted. */
    BindingResult check(Step step, WizardState state) {
        return check(step, state, wiring.validate(state.toInput()));
    }

    /** The first step that would not pass; empty when the whole input is valid. */
    Optional<Step> firstInvalidStep(WizardState state) {
        List<Violation> violations = wiring.validate(state.toInput());
        return Step.INPUT_STEPS.stream()
                .filter(step -> check(step, state, violations).hasErrors())
                .findFirst();
    }

    private BindingResult check(Step step, WizardState state, List<Violation> violations) {
        Object form = step.formOf(state);
        BindingResult result = new BeanPropertyBindingResult(form, FORM);
        syntax.validate(form, result);
        bind(step, violations, result);
        return FormFields.arranged(step, result);
    }

    /**
     * A field that already fails a syntax check keeps only that message; a violation naming no
     * field of the form (or none at all) becomes a form-level error.
     */
    private static void bind(Step step, List<Violation> violations, BindingResult result) {
        Set<String> failingSyntax =
                result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (Violation violation : violations) {
            if (Step.owning(violation.field()) != step) {
                continue;
            }
            String field = FormFields.shownAt(result.getTarget(), step.formField(violation.field()));
            Object[] args = violation.args().toArray();
            if (failingSyntax.contains(field) || shownOnceAlready(result, field)) {
                continue;
            }
            if (isField(result, field)) {
                result.rejectValue(field, violation.code(), args, violation.defaultMessage());
            } else {
                result.reject(violation.code(), args, violation.defaultMessage());
            }
        }
    }

    /** Fargate's cpu and memory are one choice: its first problem is enough (e.g. both missing). */
    private static boolean shownOnceAlready(BindingResult result, String field) {
        return field.equals("ecs.fargateSize") && result.hasFieldErrors(field);
    }

    private static boolean isField(BindingResult result, String field) {
        return !field.isEmpty()
                && result.getTarget() != null
                && PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget())
                        .isReadableProperty(field);
    }
}
