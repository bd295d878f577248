package io.rolewire.testsupport.aws;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * One AWS call that went through the {@link FaultProxy}, as the proxy understood it.
 *
 * @param service iam, sts, ecs or access-analyzer (from the signature's credential scope)
 * @param action the operation ({@code Action} of a query call, the last part of {@code X-Amz-Target})
 * @param account the account the credentials act in: a 12-digit access key id (Floci's root keys) or
 *     a session key issued by an AssumeRole that went through the proxy; null when unknown
 * @param parameters the form of a query call (IAM, STS); the top-level scalar fields of a JSON call
 * @param startNanos when the call reached the proxy ({@link System#nanoTime()})
 * @param endNanos when its answer was sent back, the injected latency included
 * @param status the HTTP status answered
 * @param errorCode the AWS error code answered, null on success
 * @param requestId the request id answered ({@code x-amzn-RequestId}), null without one
 * @param injected whether the proxy answered itself (a fault) instead of the peer
 */
public record ProxiedCall(
        String service,
        String action,
        String account,
        String accessKeyId,
        Map<String, String> parameters,
        String body,
        long startNanos,
        long endNanos,
        int status,
        String errorCode,
        String requestId,
        boolean injected) {

    private static final Set<String> WRITE_PREFIXES = Set.of(
            "Create", "Put", "Update", "Attach", "Add", "Register", "Delete", "Tag", "Untag", "Detach", "Remove");

    public ProxiedCall {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** A call that changes state in the account (whatever its answer). */
    public boolean isWrite() {
        return WRITE_PREFIXES.stream().anyMatch(action::startsWith);
    }

    public boolean succeeded() {
        return errorCode == null && status < 300;
    }

    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    /** The IAM role, instance profile or ECS family the call names, if any ({@code kind/name}). */
    public Set<String> resources() {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (parameter("RoleName") != null) {
            names.add("role/" + parameter("RoleName"));
        }
        String simulated = parameter("PolicySourceArn");
        if (simulated != null && simulated.contains(":role/")) {
            names.add("role/" + simulated.substring(simulated.lastIndexOf('/') + 1));
        }
        if (parameter("InstanceProfileName") != null) {
            names.add("instance-profile/" + parameter("InstanceProfileName"));
        }
        String family = parameter("family");
        if (family == null && parameter("taskDefinition") != null) {
            family = parameter("taskDefinition").replaceAll(".*/", "").replaceAll(":\\d+$", "");
        }
        if (family != null) {
            names.add("task-definition/" + family);
        }
        return names;
    }
}
