package io.rolewire.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs only where AWS's {@code cfn-lint} (the Python CloudFormation linter, on the PATH of our build
 * machines) answers; fails under CI=true otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CfnLintCondition.class)
public @interface RequiresCfnLint {}
