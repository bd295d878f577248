package io.rolewire.web.api;

import io.rolewire.wiring.Wiring;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The real wiring core (plain Java), as io.rolewire.web.WiringConfiguration declares it. */
@TestConfiguration(proxyBeanMethods = false)
class WiringTestConfiguration {

    @Bean
    Wiring wiring() {
        return new Wiring();
    }
}
