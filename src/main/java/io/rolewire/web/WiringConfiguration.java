package io.rolewire.web;

import io.rolewire.wiring.Wiring;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wiring core is plain Java; this makes its one stateless facade a bean for the web layer. */
@Configuration(proxyBeanMethods = false)
class WiringConfiguration {

    /** The application's clock decides whether an end of access typed now is far enough ahead. */
    @Bean
    Wiring wiring(Clock clock) {
        return new Wiring(clock);
    }
}
