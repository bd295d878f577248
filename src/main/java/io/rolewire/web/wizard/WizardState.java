package io.rolewire.web.wizard;

import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
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
        destination = destination == null ? new DestinationForm(null, null, "false", null) : destination;
        ecs = ecs == null ? EcsForm.defaults() : ecs;
        ec2 = ec2 == null ? new Ec2Form(null) : ec2;
    }

    static WizardState defaults(String region) {
        return new WizardState(
                new WorkloadForm(Workload.ECS_TASK.name(), region),
                new SourceForm("", "", "false"),
                new DestinationForm("", "", "false", ""),
                EcsForm.defaults(),
                new Ec2Form(""));
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
                ec2Options);
    }
}
