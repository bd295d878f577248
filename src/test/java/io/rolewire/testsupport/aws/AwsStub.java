package io.rolewire.testsupport.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stateful fake of IAM, STS, ECS and Access Analyzer on WireMock, at 127.0.0.1 only, answering in
 * the real wire formats (query XML, JSON 1.1, REST-JSON) so that the real SDK clients parse it.
 *
 * <p>Accounts are told apart by the access key id of the credentials: a key ending in twelve digits
 * acts in that account ({@link #accessKeyId(String)}; temporary keys from AssumeRole end in the role's
 * account). See {@link StubCredentials} for {@code rolewire.aws} settings that point at the stub.
 */
public final class AwsStub implements AutoCloseable {

    public static final String REGION = "us-east-1";

    private final Object lock = new Object();
    private final Map<String, StubAccount> accounts = new LinkedHashMap<>();
    private final List<StubRequest> requests = new ArrayList<>();
    private final StubFaults faults = new StubFaults();
    private final IamOperations iam = new IamOperations(new StubPrincipals(accounts), faults);
    private final StsOperations sts = new StsOperations(faults);
    private final EcsOperations ecs = new EcsOperations();
    private final AnalyzerOperations analyzer = new AnalyzerOperations();
    private final WireMockServer server;
    private long requestCounter;

    private AwsStub() {
        server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .extensions(new StubRouter(this)));
    }

    public static AwsStub start() {
        AwsStub stub = new AwsStub();
        stub.server.start();
        stub.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        return stub;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /** The static access key id that acts in {@code accountId}. */
    public static String accessKeyId(String accountId) {
        return "AKIDSTUB" + accountId;
    }

    public StubAccount account(String accountId) {
        synchronized (lock) {
            return accounts.computeIfAbsent(accountId, id -> new StubAccount(id, REGION, lock));
        }
    }

    public StubFaults faults() {
        return faults;
    }

    /** Every later ValidatePolicy answers with this finding (type ERROR, SECURITY_WARNING, WARNING, SUGGESTION). */
    public AwsStub analyzerFinding(String type, String issueCode, String details) {
        synchronized (lock) {
            analyzer.addFinding(type, issueCode, details);
            return this;
        }
    }

    /** Every request received, in arrival order. */
    public List<StubRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    public List<StubRequest> requests(String operation) {
        return requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    public List<StubRequest> writes() {
        return requests().stream().filter(StubRequest::isWrite).toList();
    }

    /**
     * Forgets every account, request, finding and fault: a stub shared by the tests of one Spring
     * context starts each test empty.
     */
    public void reset() {
        synchronized (lock) {
            accounts.clear();
            requests.clear();
            analyzer.clearFindings();
            faults.reset();
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    Object lock() {
        return lock;
    }

    String nextRequestId() {
        requestCounter++;
        return String.format("00000000-57ab-4000-8000-%012d", requestCounter);
    }

    void record(StubRequest request) {
        requests.add(request);
    }

    Function<StubCall, StubResponse> operations(String service) {
        return switch (service) {
            case "sts" -> sts::handle;
            case "ecs" -> ecs::handle;
            case "access-analyzer" -> analyzer::handle;
            default -> iam::handle;
        };
    }
}
