package io.rolewire.web.wizard;

/** Wizard states for tests: the seed 003 golden case (with valid 12-digit account ids). */
final class WizardStates {

    private WizardStates() {}

    static WorkloadForm ecsWorkload() {
        return new WorkloadForm("ECS_TASK", "us-east-1");
    }

    static SourceForm source() {
        return new SourceForm("111122223333", "my-ECS-task-role", "false");
    }

    static DestinationForm destination() {
        return new DestinationForm("555566667777", "destination-account-role", "false", "", "");
    }

    static EcsForm ecs() {
        return new EcsForm(
                "verify-assume-cross-account-role",
                "test",
                "your-test-image",
                "100",
                "200",
                "EC2",
                ExecutionRoleForm.defaults(),
                "false");
    }

    static WizardState seed003() {
        return new WizardState(ecsWorkload(), source(), destination(), ecs(), new Ec2Form(""));
    }

    static WizardState ec2Instance() {
        return new WizardState(
                new WorkloadForm("EC2_INSTANCE", "us-east-1"),
                new SourceForm("111122223333", "AssumeRoleInA", "true"),
                new DestinationForm("555566667777", "RoleForB", "true", "arn:aws:iam::aws:policy/ReadOnlyAccess", ""),
                ecs(),
                new Ec2Form("AssumeRoleInA"));
    }
}
