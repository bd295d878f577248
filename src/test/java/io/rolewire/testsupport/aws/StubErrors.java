package io.rolewire.testsupport.aws;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The injected faults, each in the wire format of the service it hits. */
final class StubErrors {

    private StubErrors() {}

    static Optional<StubResponse> fault(StubFaults faults, StubCall call) {
        String service = call.request().service();
        if (faults.consumeThrottle(call.operation())) {
            return Optional.of(throttling(service, call.requestId()));
        }
        if (faults.isDenied(call.account().id(), call.operation())) {
            return Optional.of(of(
                    service,
                    "AccessDenied",
                    "User: arn:aws:sts::" + call.account().id()
                            + ":assumed-role/rolewire-deployer/stub is not authorized to perform: " + service + ":"
                            + call.operation(),
                    call.requestId()));
        }
        if (service.equals("access-analyzer") && faults.isAnalyzerUnavailable()) {
            return Optional.of(AnalyzerOperations.error(404, "UnknownOperationException", "Not Found"));
        }
        if (call.request().isWrite()) {
            return faults.failThisWrite(call.operation())
                    .map(code -> of(service, code, "Injected failure of this write", call.requestId()));
        }
        return Optional.empty();
    }

    /** IAM and STS say Throttling (400); the JSON services ThrottlingException. The SDK retries both. */
    static StubResponse throttling(String service, String requestId) {
        return switch (service) {
            case "ecs" -> EcsOperations.error(400, "ThrottlingException", "Rate exceeded");
            case "access-analyzer" -> AnalyzerOperations.error(429, "ThrottlingException", "Rate exceeded");
            default -> QueryXml.error(namespace(service), 400, "Throttling", "Rate exceeded", requestId);
        };
    }

    static StubResponse of(String service, String code, String message, String requestId) {
        boolean denied = code.equals("AccessDenied");
        return switch (service) {
            case "ecs" -> EcsOperations.error(400, denied ? "AccessDeniedException" : code, message);
            case "access-analyzer" ->
                AnalyzerOperations.error(denied ? 403 : 400, denied ? "AccessDeniedException" : code, message);
            default ->
                QueryXml.error(
                        namespace(service),
                        denied || code.equals("InvalidClientTokenId") ? 403 : 400,
                        code,
                        message,
                        requestId);
        };
    }

    static Map<String, String> topLevel(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode node = StubJson.parse(json);
        node.properties()
                .forEach(e -> fields.put(
                        e.getKey(),
                        e.getValue().isValueNode()
                                ? e.getValue().asString()
                                : e.getValue().toString()));
        return fields;
    }

    private static String namespace(String service) {
        return service.equals("sts") ? QueryXml.STS_NS : QueryXml.IAM_NS;
    }
}
