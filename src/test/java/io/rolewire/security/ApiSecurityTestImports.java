package io.rolewire.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real (package-private) security configuration and its users, for web slice tests in other
 * packages: {@code @WebMvcTest} does not scan {@code @Configuration} classes.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, UsersConfiguration.class})
@EnableConfigurationProperties(SecurityProperties.class)
public class ApiSecurityTestImports {}
