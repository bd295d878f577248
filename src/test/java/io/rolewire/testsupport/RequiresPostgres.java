package io.rolewire.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs against the PostgreSQL named by TEST_PG_JDBC_URL (.ci/run starts one); skips without it on a
 * developer machine, fails under CI=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {}
