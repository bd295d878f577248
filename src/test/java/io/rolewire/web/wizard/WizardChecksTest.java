package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.rolewire.wiring.Violation;
import io.rolewire.wiring.Wiring;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * How the web layer binds whatever violations the core reports. The core is mocked here on
 * purpose, to reach paths it may not produce today (indexed fields, rules over the whole input).
 */
class WizardChecksTest {

    final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
    final Wiring wiring = mock(Wiring.class);
    final WizardChecks checks = new WizardChecks(wiring, validation.getValidator());

    @AfterEach
    void close() {
        validation.close();
    }

    @Test
    void violationsLandOnTheFieldOfTheirStepOnly() {
        violations(
                new Violation("source.accountId", "wiring.accountId.format", List.of("1234", 4), "12 digits"),
                new Violation("destination.roleName", "wiring.required", List.of(), "required"));

        BindingResult result = checks.check(Step.SOURCE, WizardStates.seed003());

        assertThat(result.getFieldErrors()).hasSize(1);
        FieldError error = result.getFieldError("accountId");
        assertThat(error.getCode()).isEqualTo("wiring.accountId.format");
        assertThat(error.getArguments()).containsExactly("1234", 4);
        assertThat(error.getDefaultMessage()).isEqualTo("12 digits");
    }

    @Test
    void indexedPathsLandOnTheTextareaAndEveryOneIsKept() {
        violations(
                new Violation("ecs.executionRole.secretArns[0]", "wiring.arn.format", List.of("a", "k"), "bad"),
                new Violation("ecs.executionRole.secretArns[2]", "wiring.arn.format", List.of("b", "k"), "bad"));

        BindingResult result = checks.check(Step.DETAILS, WizardStates.seed003());

        assertThat(result.getFieldErrors("ecs.executionRole.secretArns")).hasSize(2);
    }

    @Test
    void aViolationOfNoFieldIsAFormError() {
        violations(new Violation("", "wiring.something", List.of(), "whole input"));

        BindingResult result = checks.check(Step.DETAILS, WizardStates.seed003());

        assertThat(result.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("wiring.something");
    }

    @Test
    void aFieldThatFailsItsSyntaxCheckGetsOnlyThatMessage() {
        violations(new Violation("ecs.cpu", "wiring.cpu.range", List.of(), "range"));
        WizardState state = WizardStates.seed003()
                .withDetails(new DetailsForm(
                        new EcsForm("f", "c", "i", "abc", "1", "EC2", ExecutionRoleForm.defaults(), "false"), null));

        BindingResult result = checks.check(Step.DETAILS, state);

        assertThat(result.getFieldErrors("ecs.cpu"))
                .singleElement()
                .satisfies(e -> assertThat(e.getCode()).isEqualTo("Pattern"));
    }

    @Test
    void theFirstInvalidStepIsFoundBySyntaxOrByRule() {
        violations();
        assertThat(checks.firstInvalidStep(WizardStates.seed003())).isEmpty();

        WizardState blankSource = WizardStates.seed003().withSource(new SourceForm("", "", "false"));
        assertThat(checks.firstInvalidStep(blankSource)).contains(Step.SOURCE);

        violations(new Violation("ecs.memory", "wiring.memory.range", List.of(), "range"));
        assertThat(checks.firstInvalidStep(WizardStates.seed003())).contains(Step.DETAILS);
    }

    @Test
    void theHiddenWorkloadsDetailsAreNotChecked() {
        violations();
        WizardState ec2WithBadEcsLeftovers = WizardStates.ec2Instance()
                .withWorkload(new WorkloadForm("ECS_TASK", "us-east-1"))
                .withDetails(new DetailsForm(
                        new EcsForm("f", "c", "i", "abc", "1", "EC2", ExecutionRoleForm.defaults(), "false"), null))
                .withWorkload(new WorkloadForm("EC2_INSTANCE", "us-east-1"));

        assertThat(checks.firstInvalidStep(ec2WithBadEcsLeftovers)).isEmpty();
    }

    private void violations(Violation... violations) {
        given(wiring.validate(any())).willReturn(List.of(violations));
    }
}
