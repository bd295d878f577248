/**
 * Users, roles, login and URL authorization. OPERATOR and ADMIN may create runs; REVIEWER reads;
 * anonymous users see only the login page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.rolewire.security;
