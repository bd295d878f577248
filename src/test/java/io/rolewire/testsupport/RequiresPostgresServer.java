package io.rolewire.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts (and stops) a PostgreSQL cluster of its own with Debian's binaries (pg_config on the
 * PATH; .ci/run installs them); skips without them on a developer machine, fails under CI=true.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresServerCondition.class)
public @interface RequiresPostgresServer {}
