package io.rolewire.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs only where node and {@code @cdktf/hcl2json} (HashiCorp's HCL parser as WebAssembly, from
 * package.json: {@code npm ci}) are installed; fails under CI=true otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Hcl2JsonCondition.class)
public @interface RequiresHcl2Json {}
