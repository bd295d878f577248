package io.rolewire.web.wizard;

import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;

/**
 * Everything typed into the wizard so far, exactly as typed: stored as JSON in a wizard draft. It
 * is made of the step forms themselves, so a step shows its part and saves it back unchanged.
 */
record WizardState(WorkloadForm workload, SourceForm source, DestinationForm destination, EcsForm ecs, Ec2Form ec2) {

    WizardState {
        workload = workload == null ? new WorkloadForm(null, null) : workload;
        source = source == null ? new SourceForm(null, null, "false") : source;
        destination = destination == null ? new DestinationForm(null, null, "false", null, null) : destination;
        ecs = ecs == null ? EcsForm.defaults() : ecs;
        ec2 = ec2 == null ? new Ec2Form(null) : ec2;
    }

    static WizardState defaults(String region) {
        return new WizardState(
                new WorkloadForm(Workload.ECS_TASK.name(), region),
                new SourceForm("", "", "false"),
                new DestinationForm("", "", "false", "", ""),
                EcsForm.defaults(),
                new Ec2Form(""));
    }

    /** What was typed for a stored run, so a copy of it opens in the wizard with the same values. */
    static WizardState of(WiringInput input) {
        WizardState defaults = defaults(input.region());
        EcsForm ecs = input.ecs() == null ? defaults.ecs() : ecsFormOf(input.ecs());
        Ec2Form ec2 =
                input.ec2() == null ? defaults.ec2() : new Ec2Form(input.ec2().instanceProfileName());
        return new WizardState(
                new WorkloadForm(input.workload().name(), input.region()),
                new SourceForm(
                        input.source().accountId(),
                        input.source().roleName(),
                        String.valueOf(input.source().create())),
                new DestinationForm(
                        input.destination().accountId(),
                        input.destination().roleName(),
                        String.valueOf(input.destination().create()),
                        String.join("\n", input.destination().managedPolicyArns()),
                        Text.utcDateTime(input.accessUntil())),
                ecs,
                ec2);
    }

    private static EcsForm ecsFormOf(EcsTaskOptions ecs) {
        ExecutionRoleOptions role = ecs.executionRole();
        return new EcsForm(
                typed(ecs.family()),
                typed(ecs.containerName()),
                typed(ecs.image()),
                typed(ecs.cpu()),
                typed(ecs.memory()),
                ecs.launchType().name(),
                new ExecutionRoleForm(
                        String.valueOf(role.enabled()),
                        typed(role.roleName()),
                        String.valueOf(role.create()),
                        typed(role.privateRegistrySecretArn()),
                        String.join("\n", role.secretArns()),
                        String.join("\n", role.ssmParameterArns()),
                        typed(role.kmsKeyArn()),
                        String.join("\n", role.s3EnvFileArns()),
                        typed(role.ecrVpceId()),
                        typed(role.ecrVpcId())),
                String.valueOf(ecs.ecsExec()));
    }

    /** A field left empty is stored as null in the domain input and as "" in a form. */
    private static String typed(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The workload as chosen; ECS tasks when nothing valid was chosen yet. */
    Workload chosenWorkload() {
        Workload chosen = workload.toParameters();
        return chosen == null ? Workload.ECS_TASK : chosen;
    }

    WizardState withWorkload(WorkloadForm form) {
        return new WizardState(form, source, destination, ecs, ec2);
    }

    WizardState withSource(SourceForm form) {
        return new WizardState(workload, form, destination, ecs, ec2);
    }

    WizardState withDestination(DestinationForm form) {
        return new WizardState(workload, source, form, ecs, ec2);
    }

    /** Takes only the part the details page showed for the chosen workload. */
    WizardState withDetails(DetailsForm form) {
        return chosenWorkload() == Workload.ECS_TASK
                ? new WizardState(workload, source, destination, form.ecs(), ec2)
                : new WizardState(workload, source, destination, ecs, form.ec2());
    }

    /** The details of the chosen workload; the other part of the form is only defaults. */
    DetailsForm details() {
        return chosenWorkload() == Workload.ECS_TASK ? new DetailsForm(ecs, null) : new DetailsForm(null, ec2);
    }

    /** The domain input: only the details of the chosen workload are passed on. */
    WiringInput toInput() {
        Workload chosen = workload.toParameters();
        EcsTaskOptions ecsOptions = chosen == Workload.EC2_INSTANCE ? null : ecs.toParameters();
        Ec2InstanceOptions ec2Options = chosen == Workload.ECS_TASK ? null : ec2.toParameters();
        return new WiringInput(
                chosen,
                Text.trimmed(workload.region()),
                source.toParameters(),
                destination.toParameters(),
                ecsOptions,
                ec2Options,
                destination.accessUntilInstant());
    }
}
