package io.rolewire.web;

import io.rolewire.apply.ApplyProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What browser slice tests need besides controllers and security: the real wiring core (its
 * configuration is package-private here), in-memory wizard drafts and the apply properties.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WiringConfiguration.class)
public class WebTestConfiguration {

    /** {@code rolewire.apply.*} as shipped (AWS access on); a test that needs it off declares its own. */
    @Bean
    ApplyProperties applyProperties() {
        return ApplyProperties.defaults();
    }

    @Bean
    InMemoryWizardDrafts wizardDrafts() {
        return new InMemoryWizardDrafts();
    }
}
