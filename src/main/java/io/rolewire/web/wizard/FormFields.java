package io.rolewire.web.wizard;

import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The fields of each step in page order, and which of them apply. A field that does not apply (the
 * execution role's while it is off, managed policies for an existing role, the sizes of the other
 * launch type) is posted as typed, so it survives a change of mind, but it is not checked: its
 * errors are dropped here, and the wiring core ignores its value.
 */
final class FormFields {

    private static final String EXEC = "ecs.executionRole.";

    private static final List<String> WORKLOAD = List.of("workload", "region");
    private static final List<String> SOURCE = List.of("accountId", "roleName", "create");
    private static final List<String> DESTINATION =
            List.of("accountId", "roleName", "create", "managedPolicyArns", "accessUntil");
    private static final List<String> DETAILS = List.of(
            "ecs.family",
            "ecs.containerName",
            "ecs.image",
            "ecs.launchType",
            "ecs.fargateSize",
            "ecs.cpu",
            "ecs.memory",
            "ecs.ecsExec",
            EXEC + "enabled",
            EXEC + "roleName",
            EXEC + "create",
            EXEC + "privateRegistrySecretArn",
            EXEC + "secretArns",
            EXEC + "ssmParameterArns",
            EXEC + "kmsKeyArn",
            EXEC + "s3EnvFileArns",
            EXEC + "ecrVpceId",
            EXEC + "ecrVpcId",
            "ec2.instanceProfileName");

    private FormFields() {}

    static List<String> inPageOrder(Step step) {
        return switch (step) {
            case WORKLOAD -> WORKLOAD;
            case SOURCE -> SOURCE;
            case DESTINATION -> DESTINATION;
            case DETAILS, PREVIEW -> DETAILS;
        };
    }

    /** Whether a field of this form is in use with the values the form holds. */
    static boolean applies(Object form, String field) {
        if (form instanceof DestinationForm destination && field.equals("managedPolicyArns")) {
            return Text.on(destination.create());
        }
        if (form instanceof DetailsForm details) {
            EcsForm ecs = details.ecs();
            if (field.startsWith(EXEC) && !field.equals(EXEC + "enabled")) {
                return ecs.executionRoleOn();
            }
            if (field.equals("ecs.fargateSize")) {
                return ecs.onFargate();
            }
            if (field.equals("ecs.cpu") || field.equals("ecs.memory")) {
                return !ecs.onFargate();
            }
        }
        return true;
    }

    /** On Fargate, the core's cpu and memory rules are about the size chosen as one pair. */
    static String shownAt(Object form, String field) {
        boolean fargate = form instanceof DetailsForm details && details.ecs().onFargate();
        return fargate && (field.equals("ecs.cpu") || field.equals("ecs.memory")) ? "ecs.fargateSize" : field;
    }

    /**
     * The same errors in the order of the page: form-level ones first, then by field as the fields
     * appear (several on one field keep their order), without those of fields that do not apply.
     */
    static BindingResult arranged(Step step, BindingResult result) {
        Object form = result.getTarget();
        BindingResult arranged = new BeanPropertyBindingResult(form, result.getObjectName());
        result.getGlobalErrors().forEach(arranged::addError);
        List<String> order = inPageOrder(step);
        result.getFieldErrors().stream()
                .filter(error -> applies(form, error.getField()))
                .sorted(Comparator.comparingInt((FieldError error) -> position(order, error.getField())))
                .forEach(arranged::addError);
        return arranged;
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? order.size() : index;
    }
}
