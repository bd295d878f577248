package io.rolewire.web.wizard;

import jakarta.validation.Valid;

/**
 * Step 4: workload details. The page shows and posts one part, depending on the workload; the
 * state keeps only that part (see {@link WizardState#withDetails}), so the other part here is
 * just the defaults: it is never checked against what was saved for the other workload. The field
 * paths ({@code ecs.memory}, {@code ecs.executionRole.secretArns}) are the core's violation paths.
 */
record DetailsForm(@Valid EcsForm ecs, @Valid Ec2Form ec2) {

    DetailsForm {
        ecs = ecs == null ? EcsForm.defaults() : ecs;
        ec2 = ec2 == null ? new Ec2Form("") : ec2;
    }
}
