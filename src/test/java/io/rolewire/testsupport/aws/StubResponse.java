package io.rolewire.testsupport.aws;

/**
 * An answer before WireMock sees it.
 *
 * @param errorType for JSON protocols, the error code also sent as x-amzn-ErrorType; null on success
 */
record StubResponse(int status, String contentType, String body, String errorType) {

    static final String XML = "text/xml";
    static final String AMZ_JSON = "application/x-amz-json-1.1";
    static final String JSON = "application/json";
}
