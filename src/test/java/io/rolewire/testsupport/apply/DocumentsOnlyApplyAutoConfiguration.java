package io.rolewire.testsupport.apply;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * TEMPORARY, test-only (listed in src/test/resources/META-INF/spring/...AutoConfiguration.imports):
 * lets full-context tests start while the apply module has no implementation on this branch. An
 * auto-configuration is evaluated after the application's own beans, so it backs off by itself once
 * a real {@link Applies} or {@link LivePlans} exists; delete both files then.
 */
@AutoConfiguration
public class DocumentsOnlyApplyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean({Applies.class, LivePlans.class})
    DocumentsOnlyApplies documentsOnlyApplies(Runs runs, RunLifecycle lifecycle) {
        return new DocumentsOnlyApplies(runs, lifecycle);
    }
}
