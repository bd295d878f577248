package io.rolewire.aws.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.AwsSessions;
import io.rolewire.wiring.AccountId;
import io.rolewire.wiring.Wiring;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Sessions over a cache of clients per account and region. The cache lives as long as the
 * application and its clients (and their connection pools) are closed with it.
 *
 * <p>A run's session is kept too, for a while after its last use: the live plan read when the apply
 * is accepted, the steps and the verification after them share one STS role session per account
 * (one AssumeRole, refreshed by the SDK before it expires), and the proof that its credentials act
 * in the right account.
 */
@Component
public final class SdkSessions implements AwsSessions {

    private final AwsProperties properties;
    private final ClientFactory factory;
    private final Wiring wiring = new Wiring();
    private final Map<ClientKey, AccountClients> clients = new ConcurrentHashMap<>();
    private final Cache<SessionKey, AccountSession> runSessions = Caffeine.newBuilder()
            .expireAfterAccess(RUN_SESSION_IDLE)
            .maximumSize(1_000)
            .build();

    /** Longer than the pause between an apply's acceptance, its steps and its verification. */
    static final Duration RUN_SESSION_IDLE = Duration.ofMinutes(10);

    /** Sessions without metrics: {@link AwsSessions#create} and tests build these. */
    public SdkSessions(AwsProperties properties) {
        this.properties = properties;
        this.factory = new ClientFactory(properties, List.of());
    }

    /**
     * The application's one instance: its failed calls are counted when there is a meter registry,
     * and the application's own {@link ExecutionInterceptor} beans (tracing, timing) see every call.
     */
    @Autowired
    public SdkSessions(
            AwsProperties properties,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ExecutionInterceptor> interceptors) {
        this.properties = properties;
        List<ExecutionInterceptor> all = new ArrayList<>();
        meters.ifAvailable(registry -> all.add(new AwsFailureMeter(registry)));
        interceptors.orderedStream().forEach(all::add);
        this.factory = new ClientFactory(properties, all);
    }

    @Override
    public AccountSession open(AccountId account, String region, String runId) {
        String effectiveRegion = region == null || region.isBlank() ? properties.region() : region;
        if (runId == null) {
            return newSession(account.value(), effectiveRegion, null);
        }
        return runSessions.get(
                new SessionKey(account.value(), effectiveRegion, runId),
                key -> newSession(key.accountId(), key.region(), key.runId()));
    }

    private AccountSession newSession(String accountId, String effectiveRegion, String runId) {
        AccountClients accountClients = clients.computeIfAbsent(
                new ClientKey(accountId, effectiveRegion), key -> factory.build(accountId, key.region()));
        return new SdkAccountSession(accountId, accountClients, credentials(accountId, accountClients, runId), wiring);
    }

    /** The same instances for the same account and region, for as long as the application runs. */
    AccountClients clientsOf(String accountId, String region) {
        return clients.get(new ClientKey(accountId, region));
    }

    @Override
    public void close() {
        runSessions.invalidateAll();
        clients.values().forEach(AccountClients::close);
        clients.clear();
    }

    private AwsCredentialsProvider credentials(String accountId, AccountClients accountClients, String runId) {
        AwsProperties.Account account = properties.account(accountId);
        if (!account.assumesRole()) {
            return accountClients.baseCredentials();
        }
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(accountClients.sts())
                .refreshRequest(request -> request.roleArn(account.roleArn())
                        .externalId(account.externalId())
                        .roleSessionName(SessionNames.forRun(runId)))
                .build();
    }

    private record ClientKey(String accountId, String region) {}

    private record SessionKey(String accountId, String region, String runId) {}
}
