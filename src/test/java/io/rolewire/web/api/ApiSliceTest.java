package io.rolewire.web.api;

import io.rolewire.security.ApiSecurityTestImports;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * The JSON API's MVC slice: its two controllers, its advice and MVC settings, the real security
 * configuration (HTTP Basic users of src/test/resources/config/application.properties) and the
 * real wiring core. Runs, the event log and the history are {@code @MockitoBean}s in each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = {ApiPlansController.class, ApiRunsController.class})
@Import({ApiSecurityTestImports.class, ApiViews.class, WiringTestConfiguration.class})
@interface ApiSliceTest {}
