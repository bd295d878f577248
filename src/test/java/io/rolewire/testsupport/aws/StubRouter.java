package io.rolewire.testsupport.aws;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * Turns each HTTP request into a {@link StubRequest}, records it, applies the faults and lets the
 * service's operations answer. Runs under the stub's lock; the latency is applied by WireMock
 * afterwards, outside it.
 */
final class StubRouter implements ResponseDefinitionTransformerV2 {

    private final AwsStub stub;

    StubRouter(AwsStub stub) {
        this.stub = stub;
    }

    @Override
    public String getName() {
        return "rolewire-aws-stub";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        StubResponse response;
        String requestId;
        synchronized (stub.lock()) {
            requestId = stub.nextRequestId();
            response = answer(serveEvent.getRequest(), requestId);
        }
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withHeader("Content-Type", response.contentType())
                .withHeader("x-amzn-RequestId", requestId)
                .withBody(response.body())
                .withFixedDelay((int) stub.faults().latency().toMillis());
        if (response.errorType() != null) {
            builder.withHeader("x-amzn-ErrorType", response.errorType());
        }
        return builder.build();
    }

    private StubResponse answer(Request http, String requestId) {
        StubRequest request = parse(http);
        stub.record(request);
        if (request.account() == null) {
            return StubErrors.of(
                    request.service(),
                    "InvalidClientTokenId",
                    "The security token included in the request is invalid.",
                    requestId);
        }
        StubCall call = new StubCall(request, stub.account(request.account()), requestId);
        return StubErrors.fault(stub.faults(), call)
                .orElseGet(() -> stub.operations(request.service()).apply(call));
    }

    private static StubRequest parse(Request http) {
        String authorization = http.getHeader("Authorization");
        String[] scope = authorization == null
                ? new String[0]
                : authorization.replaceFirst(".*Credential=", "").split("[/,]");
        String accessKeyId = scope.length > 0 ? scope[0] : null;
        String account = accessKeyId != null && accessKeyId.matches(".*\\d{12}")
                ? accessKeyId.substring(accessKeyId.length() - 12)
                : null;
        String body = http.getBodyAsString();
        String target = http.getHeader("X-Amz-Target");
        if (target != null) {
            return new StubRequest(
                    "ecs",
                    target.substring(target.indexOf('.') + 1),
                    account,
                    accessKeyId,
                    StubErrors.topLevel(body),
                    body);
        }
        if (http.getUrl().startsWith("/policy/validation")) {
            return new StubRequest(
                    "access-analyzer", "ValidatePolicy", account, accessKeyId, StubErrors.topLevel(body), body);
        }
        Map<String, String> form = QueryXml.form(body);
        String operation = form.getOrDefault("Action", "");
        String service = StubOperations.STS.contains(operation) ? "sts" : "iam";
        return new StubRequest(service, operation, account, accessKeyId, form, body);
    }
}
