package io.rolewire.web.runs;

import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inputs that differ between two runs, for the summary at the top of compare: the documents
 * below show what those changes did.
 */
final class InputChanges {

    /** A value as text, or as a message key when it needs words (on/off, existing, workload). */
    record Value(String text, String key) {

        static Value of(Object value) {
            return new Value(value == null ? "" : String.valueOf(value), null);
        }

        static Value word(String key) {
            return new Value(null, key);
        }
    }

    /** One input that differs: its label's message key and both values. */
    record Change(String labelKey, Value left, Value right) {}

    private InputChanges() {}

    static List<Change> between(WiringInput left, WiringInput right) {
        Map<String, Value> before = fields(left);
        Map<String, Value> after = fields(right);
        Set<String> labels = new LinkedHashSet<>(before.keySet());
        labels.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String label : labels) {
            Value was = before.getOrDefault(label, Value.of(null));
            Value is = after.getOrDefault(label, Value.of(null));
            if (!Objects.equals(was, is)) {
                changes.add(new Change(label, was, is));
            }
        }
        return changes;
    }

    /** The inputs in the wizard's order; workload details only for the run's workload. */
    static Map<String, Value> fields(WiringInput input) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("inputs.workload", Value.word("workload." + input.workload()));
        fields.put("inputs.region", Value.of(input.region()));
        fields.put("compare.input.sourceAccount", Value.of(input.source().accountId()));
        fields.put("inputs.source", Value.of(input.source().roleName()));
        fields.put("compare.input.sourceCreate", created(input.source().create()));
        DestinationRole destination = input.destination();
        fields.put("compare.input.destinationAccount", Value.of(destination.accountId()));
        fields.put("inputs.destination", Value.of(destination.roleName()));
        fields.put("compare.input.destinationCreate", created(destination.create()));
        fields.put("inputs.managedPolicyArns", Value.of(String.join(", ", destination.managedPolicyArns())));
        fields.put("inputs.accessUntil", Value.of(input.accessUntil()));
        if (input.ecs() != null && input.workload() != Workload.EC2_INSTANCE) {
            ecs(input.ecs(), fields);
        } else if (input.ec2() != null) {
            fields.put("inputs.ec2.instanceProfileName", Value.of(input.ec2().instanceProfileName()));
        }
        return fields;
    }

    private static void ecs(EcsTaskOptions ecs, Map<String, Value> fields) {
        fields.put("compare.input.family", Value.of(ecs.family()));
        fields.put("compare.input.container", Value.of(ecs.containerName()));
        fields.put("compare.input.image", Value.of(ecs.image()));
        fields.put("compare.input.cpu", Value.of(ecs.cpu()));
        fields.put("compare.input.memory", Value.of(ecs.memory()));
        fields.put("inputs.ecs.launchType", Value.of(ecs.launchType()));
        ExecutionRoleOptions role = ecs.executionRole();
        fields.put("inputs.ecs.executionRole", role.enabled() ? Value.of(role.roleName()) : Value.word("inputs.off"));
        if (role.enabled()) {
            fields.put("compare.input.executionRoleCreate", created(role.create()));
            fields.put("compare.input.executionRoleReferences", Value.of(String.join(", ", references(role))));
        }
        fields.put("inputs.ecs.ecsExec", Value.word(ecs.ecsExec() ? "inputs.on" : "inputs.off"));
    }

    private static List<String> references(ExecutionRoleOptions role) {
        List<String> all = new ArrayList<>();
        if (role.privateRegistrySecretArn() != null) {
            all.add(role.privateRegistrySecretArn());
        }
        all.addAll(role.secretArns());
        all.addAll(role.ssmParameterArns());
        if (role.kmsKeyArn() != null) {
            all.add(role.kmsKeyArn());
        }
        all.addAll(role.s3EnvFileArns());
        for (String id : new String[] {role.ecrVpceId(), role.ecrVpcId()}) {
            if (id != null) {
                all.add(id);
            }
        }
        return all;
    }

    private static Value created(boolean create) {
        return Value.word(create ? "inputs.create" : "inputs.existing");
    }
}
