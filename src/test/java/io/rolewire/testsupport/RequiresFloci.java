package io.rolewire.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs against the Floci AWS emulator named by ROLEWIRE_TEST_FLOCI_URL or FLOCI_URL (.ci/run starts
 * one from ../shared/floci); skips without it on a developer machine, fails under CI=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("floci")
@ExtendWith(FlociCondition.class)
public @interface RequiresFloci {}
