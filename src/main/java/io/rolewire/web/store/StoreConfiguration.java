package io.rolewire.web.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An unwritable database (issue 8, outcome 6): readiness goes DOWN, requests get a 503 that says
 * the store is unavailable, and Rolewire recovers by itself once it is writable again, because the
 * pool drops every connection that met such a failure and the next one reopens the store (H2 closes
 * its database on a write error; a new connection opens the file again).
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final int PROBE_TIMEOUT_SECONDS = 3;

    @Bean
    StoreUnavailableResolver storeUnavailableResolver(MessageSource messages, JsonMapper json) {
        return new StoreUnavailableResolver(messages, json);
    }

    /** Named "store" in /actuator/health and the readiness group. */
    @Bean
    StoreHealthIndicator storeHealthIndicator(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            @Value("${rolewire.store.probe-interval:2s}") Duration interval) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setQueryTimeout(PROBE_TIMEOUT_SECONDS);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setTimeout(PROBE_TIMEOUT_SECONDS);
        return new StoreHealthIndicator(
                jdbc, transactions, Clock.systemUTC(), interval, Duration.ofSeconds(PROBE_TIMEOUT_SECONDS));
    }

    /** Run by Flyway after its migrations (Boot hands every Callback bean to it). */
    @Bean
    H2IdentityRealignment h2IdentityRealignment() {
        return new H2IdentityRealignment();
    }

    @Bean
    static BeanPostProcessor dropBrokenConnections() {
        SQLExceptionOverride evictUnavailable = new SQLExceptionOverride() {
            @java.lang.Override
            public SQLExceptionOverride.Override adjudicate(SQLException failure) {
                return StoreFailures.isUnavailable(failure)
                        ? SQLExceptionOverride.Override.MUST_EVICT
                        : SQLExceptionOverride.Override.CONTINUE_EVICT;
            }
        };
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    pool.setExceptionOverride(evictUnavailable);
                }
                return bean;
            }
        };
    }

    /** The embedded H2 file database commits one transaction at a time ({@link SerializedH2Commits}). */
    @Bean
    static BeanPostProcessor serializeH2Commits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && SerializedH2Commits.needed(pool.getJdbcUrl())) {
                    return new SerializedH2Commits(pool, new ReentrantLock());
                }
                return bean;
            }
        };
    }
}
