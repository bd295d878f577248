package io.rolewire.web;

import io.rolewire.wiring.Wiring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wiring core is plain Java; this makes its one stateless facade a bean for the web layer. */
@Configuration(proxyBeanMethods = false)
class WiringConfiguration {

    @Bean
    Wiring wiring() {
        return new Wiring();
    }
}
