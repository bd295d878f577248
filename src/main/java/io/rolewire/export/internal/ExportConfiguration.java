package io.rolewire.export.internal;

import io.rolewire.export.RunCodeExports;
import io.rolewire.runs.Runs;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The export module's one bean. Public so slice tests can import the module whole. */
@Configuration(proxyBeanMethods = false)
public class ExportConfiguration {

    @Bean
    RunCodeExports runCodeExports(Runs runs, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        return new RecordedRunCodeExports(runs, events, clock.getIfAvailable(Clock::systemUTC));
    }
}
