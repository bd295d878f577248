package io.rolewire.runs;

import io.rolewire.audit.internal.AuditConfiguration;
import io.rolewire.audit.internal.RunLifecycleEventsListener;
import io.rolewire.runs.internal.RunsConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/**
 * A JDBC slice with the runs and audit modules, on the configured database (not a replacement
 * embedded one) so that Flyway runs our migrations, vendor triggers included. Each test runs in a
 * transaction that is rolled back, unless the test says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({RunsConfiguration.class, AuditConfiguration.class, RunLifecycleEventsListener.class})
public @interface PersistenceSlice {}
