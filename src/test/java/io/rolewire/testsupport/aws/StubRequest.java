package io.rolewire.testsupport.aws;

import java.util.Map;

/**
 * One request the SDK sent to the stub, as the stub understood it.
 *
 * @param service iam, sts, ecs or access-analyzer
 * @param account the account the credentials belong to (from the access key id)
 * @param parameters query-protocol form parameters (IAM, STS); top-level scalar fields for JSON calls
 * @param body the raw request body
 */
public record StubRequest(
        String service,
        String operation,
        String account,
        String accessKeyId,
        Map<String, String> parameters,
        String body) {

    public StubRequest {
        parameters = Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /** Writes change state; the executor's step order is asserted over these. */
    public boolean isWrite() {
        return StubOperations.WRITES.contains(operation);
    }
}
