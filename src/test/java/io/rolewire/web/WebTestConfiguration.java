package io.rolewire.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What browser slice tests need besides controllers and security: the real wiring core (its
 * configuration is package-private here) and in-memory wizard drafts.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WiringConfiguration.class)
public class WebTestConfiguration {

    @Bean
    InMemoryWizardDrafts wizardDrafts() {
        return new InMemoryWizardDrafts();
    }
}
