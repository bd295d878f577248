package io.rolewire.testsupport.aws;

import java.util.Map;

/** One parsed request, with the request id the stub will answer it with. */
record StubCall(StubRequest request, StubAccount account, String requestId) {

    String operation() {
        return request.operation();
    }

    String param(String name) {
        return request.parameter(name);
    }

    Map<String, String> params() {
        return request.parameters();
    }
}
