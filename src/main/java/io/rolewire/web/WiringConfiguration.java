package io.rolewire.web;

import io.rolewire.wiring.Wiring;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The wiring core is plain Java; this makes its one stateless facade a bean for the web layer. */
@Configuration(proxyBeanMethods = false)
class WiringConfiguration {

    /**
     * The application's clock decides whether an end of access typed now is far enough ahead; a
     * slice without the runs module has none and uses the system's.
     */
    @Bean
    Wiring wiring(ObjectProvider<Clock> clock) {
        return new Wiring(clock.getIfAvailable(Clock::systemUTC));
    }
}
