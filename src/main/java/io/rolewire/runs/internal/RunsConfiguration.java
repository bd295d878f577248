package io.rolewire.runs.internal;

import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.ApprovalPlans;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.runs.StoredRuns;
import io.rolewire.runs.WizardDrafts;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The runs module's beans. Public so slice tests (and the application's component scan) can pick
 * the module up as a whole; the implementations themselves stay package-private.
 */
@Configuration(proxyBeanMethods = false)
public class RunsConfiguration {

    /** Time is a dependency so tests can pin it; another module or a test may provide its own. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RunJson runJson() {
        return new RunJson();
    }

    @Bean
    Runs runs(JdbcClient jdbc, RunJson json, ApplicationEventPublisher events, Clock clock) {
        return new JdbcRuns(jdbc, json, events, clock);
    }

    @Bean
    RunLifecycle runLifecycle(JdbcClient jdbc, RunJson json, ApplicationEventPublisher events, Clock clock) {
        return new JdbcRunLifecycle(jdbc, json, events, clock);
    }

    @Bean
    Approvals approvals(Runs runs, RunLifecycle lifecycle, ObjectProvider<ApprovalPlans> plans) {
        // looked up at each approval: the apply module's bean is built after this one
        return new ApprovalService(runs, lifecycle, () -> Optional.ofNullable(plans.getIfAvailable()));
    }

    @Bean
    AccessEnds accessEnds(JdbcClient jdbc, Clock clock) {
        return new JdbcAccessEnds(jdbc, clock);
    }

    @Bean
    StoredRuns storedRuns(DataSource dataSource) {
        return new JdbcStoredRuns(dataSource);
    }

    /** Bound to the meter registry by Boot when there is one; inert in slices without metrics. */
    @Bean
    PendingApprovalsGauge pendingApprovalsGauge(JdbcClient jdbc) {
        return new PendingApprovalsGauge(jdbc);
    }

    @Bean
    WizardDrafts wizardDrafts(JdbcClient jdbc, Clock clock) {
        return new JdbcWizardDrafts(jdbc, clock);
    }
}
