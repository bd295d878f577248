package io.rolewire.apply.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.audit.EventLog;
import io.rolewire.aws.AwsSessions;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Wiring;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Wires the apply: one service behind both interfaces, two bounded pools (applies; account reads and chains). */
@Configuration(proxyBeanMethods = false)
public class ApplyConfiguration {

    /**
     * Not Executor beans: those would replace Boot's application task executor, which MVC's
     * asynchronous requests (the streamed exports) use.
     */
    @Bean
    ApplyPools applyPools(ApplyProperties properties) {
        return new ApplyPools(properties.concurrentApplies());
    }

    @Bean
    ApplyService applyService(
            Runs runs,
            RunLifecycle lifecycle,
            AwsSessions sessions,
            EventLog eventLog,
            JdbcClient jdbc,
            MessageSource messages,
            ApplyProperties properties,
            ApplyPools pools,
            ObjectProvider<MeterRegistry> meterRegistry,
            Clock clock) {
        Wiring wiring = new Wiring();
        AwsText text = new AwsText(messages);
        JdbcApplyStore store = new JdbcApplyStore(jdbc);
        StepEvents events = new StepEvents(eventLog);
        ThreadPoolTaskExecutor accounts = pools.accounts();
        // slices without Boot's metrics still get an apply; its meters then go nowhere
        ApplyMeters meters = new ApplyMeters(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
        StepExecutor steps = new StepExecutor(new Decisions(wiring), store, events, properties, text, meters, clock);
        return new ApplyService(
                runs,
                lifecycle,
                new LivePlanner(sessions, wiring, text, accounts),
                new ApplyRunner(sessions, steps, store, accounts, properties.parallelAccounts(), text, clock),
                new Verifier(sessions, text, clock),
                store,
                events,
                properties,
                pools.applies(),
                meters,
                clock);
    }
}
