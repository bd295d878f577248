package io.rolewire.wiring;

import io.rolewire.wiring.ShellScript.Option;
import java.util.List;

/** The EC2 wiring as AWS CLI commands (seed 002), in the order an apply runs them. */
final class Ec2InstanceScript {

    private Ec2InstanceScript() {}

    static String render(ResolvedWiring wiring) {
        ShellScript script = new ShellScript(List.of(
                "Rolewire: let EC2 instances with role " + wiring.sourceRoleArn(),
                "assume " + wiring.destinationRoleArn() + ".",
                "Each step names the account whose credentials it needs."));
        if (wiring.source().create()) {
            script.step(ScriptSteps.sourceAccount(wiring), "Create the instance role, trusted by EC2.");
            ScriptSteps.createRole(script, wiring.source().roleName(), TrustPolicies.ec2Instances());
        }
        ScriptSteps.sourcePermission(script, wiring);
        instanceProfile(script, wiring);
        ScriptSteps.destinationTrust(script, wiring);
        return script.build();
    }

    /** An instance cannot carry a role directly, only an instance profile holding it. */
    private static void instanceProfile(ShellScript script, ResolvedWiring wiring) {
        String profileName = wiring.input().ec2().instanceProfileName();
        script.step(ScriptSteps.sourceAccount(wiring), "Put the role in an instance profile for the instances.");
        script.command("aws iam create-instance-profile", Option.value("--instance-profile-name", profileName));
        script.command(
                "aws iam add-role-to-instance-profile",
                Option.value("--instance-profile-name", profileName),
                Option.value("--role-name", wiring.source().roleName()));
    }
}
