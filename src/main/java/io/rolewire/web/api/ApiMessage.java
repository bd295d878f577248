package io.rolewire.web.api;

/**
 * The API's own error texts: a message key (resolved from messages.properties first) and the
 * English text used while the bundle has no such key. Patterns follow java.text.MessageFormat.
 */
enum ApiMessage {
    MALFORMED_JSON("api.error.malformedJson", "Malformed JSON: {0}"),
    JSON_TOO_LARGE("api.error.jsonTooLarge", "Malformed JSON: the document exceeds a size or nesting limit."),
    TRAILING_CONTENT("api.error.trailingContent", "Malformed JSON: there is more content after the JSON object."),
    BODY_MISSING("api.error.bodyMissing", "A JSON request body is required."),
    BODY_NOT_OBJECT("api.error.bodyNotObject", "The request body must be a JSON object."),
    UNKNOWN_PROPERTY("api.error.unknownProperty", "Unknown property ''{0}''; known here: {1}."),
    EXPECTED_TEXT("api.error.expected.text", "Must be a JSON string."),
    EXPECTED_WHOLE_NUMBER("api.error.expected.wholeNumber", "Must be a whole number (no quotes, no fraction)."),
    EXPECTED_BOOLEAN("api.error.expected.boolean", "Must be true or false."),
    EXPECTED_ARRAY("api.error.expected.array", "Must be a JSON array."),
    EXPECTED_OBJECT("api.error.expected.object", "Must be a JSON object."),
    EXPECTED_ONE_OF("api.error.expected.oneOf", "''{0}'' is not allowed; use one of: {1}."),
    EXPECTED_ENUM("api.error.expected.enum", "Must be one of: {0}."),
    EXPECTED_INSTANT(
            "api.error.expected.instant",
            "Must be a date and time in UTC as ISO 8601, for example \"2027-01-31T00:00:00Z\"."),
    WRONG_TYPE("api.error.wrongType", "Has the wrong type."),
    ACCOUNT_ID_QUERY("Pattern.accountId", "An AWS account ID is exactly 12 digits."),
    RUN_NOT_FOUND("api.error.runNotFound", "Run {0} not found."),
    NO_LIVE_PLAN(
            "api.error.noLivePlan",
            "No live plan has been read for run {0} yet: POST /api/v1/runs/{0}/plan reads the live state of both accounts."),
    NO_ENDPOINT("api.error.noEndpoint", "There is no API endpoint {0} {1}."),
    METHOD_NOT_ALLOWED("api.error.methodNotAllowed", "{0} is not allowed on {1}; allowed: {2}."),
    UNSUPPORTED_MEDIA_TYPE(
            "api.error.unsupportedMediaType", "Content type ''{0}'' is not supported; send application/json."),
    NOT_ACCEPTABLE("api.error.notAcceptable", "This endpoint answers with application/json only."),
    BAD_REQUEST(
            "api.error.badRequest",
            "The request could not be read: its query, form or multipart body is malformed or not valid UTF-8."),
    PAYLOAD_TOO_LARGE("api.error.payloadTooLarge", "The request body is larger than this server accepts."),
    UNSUPPORTED_MEDIA_TYPE_ANY(
            "api.error.unsupportedMediaTypeAny", "This content type is not supported; send application/json."),
    INVALID_PARAMETER("api.error.invalidParameter", "''{0}'' is not a parameter of this endpoint."),
    REQUEST_REFUSED("api.error.requestRefused", "The request was refused ({0})."),
    INTERNAL("api.error.internal", "Internal error; it was logged with reference {0}.");

    private final String code;
    private final String defaultPattern;

    ApiMessage(String code, String defaultPattern) {
        this.code = code;
        this.defaultPattern = defaultPattern;
    }

    String code() {
        return code;
    }

    String defaultPattern() {
        return defaultPattern;
    }
}
