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

        BindingResult result = checks.check(Step.DETAILS, withExecutionRole("true", ""));

        assertThat(result.getFieldErrors("ecs.executionRole.secretArns")).hasSize(2);
    }

    @Test
    void theSummaryListsErrorsInTheOrderOfThePageWithFormErrorsFirst() {
        violations(
                new Violation("ecs.memory", "wiring.memory.range", List.of(), "memory"),
                new Violation("ecs.family", "wiring.family.format", List.of(), "family"),
                new Violation("", "wiring.something", List.of(), "whole input"),
                new Violation("ecs.image", "wiring.image.format", List.of(), "image"));

        BindingResult result = checks.check(Step.DETAILS, WizardStates.seed003());

        assertThat(result.getAllErrors())
                .extracting(ObjectError::getDefaultMessage)
                .containsExactly("whole input", "family", "image", "memory");
    }

    @Test
    void executionRoleFieldsAreNotCheckedWhileTheRoleIsOff() {
        violations();
        String tooLong = "x".repeat(3000);

        assertThat(checks.check(Step.DETAILS, withExecutionRole("false", tooLong))
                        .hasErrors())
                .isFalse();
        assertThat(checks.check(Step.DETAILS, withExecutionRole("true", tooLong))
                        .getFieldErrors("ecs.executionRole.kmsKeyArn"))
                .singleElement()
                .satisfies(e -> assertThat(e.getCode()).isEqualTo("Size"));
    }

    @Test
    void managedPoliciesAreNotCheckedForAnExistingDestinationRole() {
        violations();
        String tooLong = "x".repeat(5000);
        WizardState existing = WizardStates.seed003()
                .withDestination(new DestinationForm("555566667777", "destination-account-role", "false", tooLong, ""));
        WizardState created = WizardStates.seed003()
                .withDestination(new DestinationForm("555566667777", "destination-account-role", "true", tooLong, ""));

        assertThat(checks.check(Step.DESTINATION, existing).hasErrors()).isFalse();
        assertThat(checks.check(Step.DESTINATION, created).getFieldErrors("managedPolicyArns"))
                .hasSize(1);
    }

    @Test
    void onFargateTheCoresCpuAndMemoryRulesLandOnTheTaskSizeOnce() {
        violations(
                new Violation("ecs.cpu", "wiring.required", List.of(), "cpu required"),
                new Violation("ecs.memory", "wiring.required", List.of(), "memory required"));
        WizardState fargate = WizardStates.seed003()
                .withDetails(new DetailsForm(
                        new EcsForm("f", "c", "i", "12x", "", "FARGATE", ExecutionRoleForm.defaults(), "false", ""),
                        null));

        BindingResult result = checks.check(Step.DETAILS, fargate);

        assertThat(result.getFieldErrors())
                .extracting(FieldError::getField, FieldError::getDefaultMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ecs.fargateSize", "cpu required"));
    }

    private static WizardState withExecutionRole(String enabled, String kmsKeyArn) {
        return WizardStates.seed003()
                .withDetails(new DetailsForm(
                        new EcsForm(
                                "f",
                                "c",
                                "i",
                                "",
                                "512",
                                "EC2",
                                new ExecutionRoleForm(enabled, "exec", "false", "", "", "", kmsKeyArn, "", "", ""),
                                "false"),
                        null));
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
