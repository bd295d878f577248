/**
 * Users, roles, login and URL authorization. OPERATOR and ADMIN may create runs; REVIEWER reads;
 * anonymous users see only the login page. People sign in with a local password or, when
 * configured, through an OpenID Connect provider whose groups map to roles ({@link
 * io.rolewire.security.SecurityProperties.Oidc}). The API takes personal tokens ({@link
 * io.rolewire.security.ApiTokens}, Bearer) or HTTP Basic; failed sign-ins are throttled per user and
 * per client address; sign-ins are published as {@link io.rolewire.security.LoginSucceeded} and
 * {@link io.rolewire.security.LoginRefused} events for the audit module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.rolewire.security;
