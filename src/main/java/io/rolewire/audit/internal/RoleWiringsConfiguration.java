package io.rolewire.audit.internal;

import io.rolewire.audit.RoleWirings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Where is this role wired?" for reviewers. */
@Configuration(proxyBeanMethods = false)
public class RoleWiringsConfiguration {

    @Bean
    RoleWirings roleWirings(JdbcClient jdbc) {
        return new JdbcRoleWirings(jdbc);
    }
}
