package io.rolewire.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security configuration (package-private) for slice tests in other packages: the same
 * filter chains, CSP, login and users (from the test properties) as the running application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, UsersConfiguration.class})
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityTestImports {}
