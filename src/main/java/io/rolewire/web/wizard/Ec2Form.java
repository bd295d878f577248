package io.rolewire.web.wizard;

import io.rolewire.wiring.Ec2InstanceOptions;
import jakarta.validation.constraints.Size;

/** EC2 instance details (seed 002). */
record Ec2Form(
        @Size(max = 128, message = "{wizard.tooLong}") String instanceProfileName) {

    Ec2InstanceOptions toParameters() {
        return new Ec2InstanceOptions(Text.trimmed(instanceProfileName));
    }
}
