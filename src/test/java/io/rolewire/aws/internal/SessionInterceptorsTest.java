package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.rolewire.aws.AwsProperties;
import io.rolewire.wiring.AccountId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** The application's own SDK interceptors (tracing, timing) see every call of every account's clients. */
class SessionInterceptorsTest {

    private static final AccountId ACCOUNT = AccountId.of("111122223333");

    @Test
    void anInterceptorBeanSeesEachCallStartAndEnd() {
        List<String> seen = new CopyOnWriteArrayList<>();
        ExecutionInterceptor watching = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                seen.add("start " + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }

            @Override
            public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
                seen.add("failed " + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("watching", watching));

        try (SdkSessions sessions = new SdkSessions(
                properties(),
                beans.getBeanProvider(MeterRegistry.class),
                beans.getBeanProvider(ExecutionInterceptor.class))) {
            // nothing listens on port 9: the call fails without leaving this machine
            assertThatThrownBy(() -> sessions.open(ACCOUNT, "eu-west-1", null).callerIdentity());
        }

        assertThat(seen).containsExactly("start GetCallerIdentity", "failed GetCallerIdentity");
    }

    private static AwsProperties properties() {
        return new AwsProperties(
                URI.create("http://127.0.0.1:9"),
                "eu-west-1",
                Path.of("does-not-exist"),
                Map.of(ACCOUNT.value(), new AwsProperties.Account(null, null, null, "111122223333", "test")),
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                AwsProperties.RetryMode.STANDARD);
    }
}
