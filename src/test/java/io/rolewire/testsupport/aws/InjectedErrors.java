package io.rolewire.testsupport.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The errors the {@link FaultProxy} answers itself, in each protocol's wire format as AWS sends it
 * (and Floci for the errors it produces): the SDK parses them into the service's exception, with
 * the error code, the message, the HTTP status and the request id.
 */
final class InjectedErrors {

    static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";

    /** IAM's statuses for its error codes (AWS IAM API reference, "Errors"); anything else is 400. */
    private static final Map<String, Integer> QUERY_STATUS = Map.of(
            "AccessDenied", 403,
            "InvalidClientTokenId", 403,
            "NoSuchEntity", 404,
            "EntityAlreadyExists", 409,
            "LimitExceeded", 409,
            "DeleteConflict", 409,
            "ServiceFailure", 500,
            "ServiceUnavailable", 503);

    private InjectedErrors() {}

    /** An error answer. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {}

    /** Throttling: {@code Throttling} (400) on the query APIs, {@code ThrottlingException} (400) on JSON ones. */
    static Answer throttling(String service, String requestId) {
        return switch (service) {
            case "ecs" -> json(400, "ThrottlingException", "Rate exceeded", requestId);
            case "access-analyzer" -> restJson(429, "ThrottlingException", "Rate exceeded", requestId);
            default -> query(service, 400, "Throttling", "Rate exceeded", requestId);
        };
    }

    /** IAM refusing a trust policy that names a role it cannot see yet. */
    static Answer invalidPrincipal(String principalArn, String requestId) {
        return query(
                "iam",
                400,
                "MalformedPolicyDocument",
                "Invalid principal in policy: \"AWS\":\"" + principalArn + "\"",
                requestId);
    }

    /** {@code code} as the service sends it; {@code status} 0 picks the service's usual one. */
    static Answer of(String service, String code, int status, String message, String requestId) {
        return switch (service) {
            case "ecs" -> json(status > 0 ? status : 400, code, message, requestId);
            case "access-analyzer" ->
                restJson(status > 0 ? status : code.startsWith("AccessDenied") ? 403 : 400, code, message, requestId);
            default ->
                query(service, status > 0 ? status : QUERY_STATUS.getOrDefault(code, 400), code, message, requestId);
        };
    }

    private static Answer query(String service, int status, String code, String message, String requestId) {
        String namespace = service.equals("sts") ? STS_NS : IAM_NS;
        String body = "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>"
                + (status >= 500 ? "Receiver" : "Sender")
                + "</Type><Code>" + code + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>"
                + requestId + "</RequestId></ErrorResponse>";
        return new Answer(status, "text/xml", bytes(body), Map.of("x-amzn-RequestId", requestId));
    }

    /** JSON 1.1 (ECS): the code in {@code __type}. */
    private static Answer json(int status, String code, String message, String requestId) {
        String body = "{\"__type\":\"" + code + "\",\"message\":\"" + jsonEscape(message) + "\"}";
        return new Answer(status, "application/x-amz-json-1.1", bytes(body), Map.of("x-amzn-RequestId", requestId));
    }

    /** REST-JSON (Access Analyzer): the code in the {@code x-amzn-ErrorType} header. */
    private static Answer restJson(int status, String code, String message, String requestId) {
        String body = "{\"message\":\"" + jsonEscape(message) + "\"}";
        return new Answer(
                status,
                "application/json",
                bytes(body),
                Map.of("x-amzn-RequestId", requestId, "x-amzn-ErrorType", code));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
