package io.rolewire.benchmark;

import io.rolewire.audit.internal.AuditConfiguration;
import io.rolewire.runs.internal.RunsConfiguration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The real runs and audit modules over the generated database, without the web application.
 * Deliberately not a {@code @Configuration}: the application's component scan would pick it up in
 * every full-context test. The benchmark registers it by hand.
 */
@EnableTransactionManagement(
        proxyTargetClass = true) // as Spring Boot proxies, so @Scheduled methods of classes are found
@Import({RunsConfiguration.class, AuditConfiguration.class})
class BenchmarkContext {

    @Bean
    DataSource dataSource() {
        String url = System.getProperty("bench.url");
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        dataSource.setAutoCommit(true);
        return dataSource;
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
