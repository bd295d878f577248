package io.rolewire.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Single sign-on results on the audit record, like password sign-ins: {@link LoginSucceeded}, or
 * {@link LoginRefused} with why. The person is sent back to the sign-in page with a message that
 * says whether their groups or the sign-in itself was the problem.
 */
final class OidcLoginEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(OidcLoginEvents.class);

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuthenticationSuccessHandler landing = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AuthenticationFailureHandler unmapped = new SimpleUrlAuthenticationFailureHandler("/login?unmapped");
    private final AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?ssoError");

    OidcLoginEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        events.publishEvent(new LoginSucceeded(authentication.getName(), request.getRemoteAddr(), clock.instant()));
        landing.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        if (refused instanceof SingleSignOnRefusedException byRolewire) {
            log.info("single sign-on of '{}' refused: {}", byRolewire.username(), byRolewire.reason());
            refuse(byRolewire.username(), request, byRolewire.reason());
            boolean noRole = byRolewire.reason() == LoginRefused.Reason.NO_MAPPED_ROLE;
            (noRole ? unmapped : failed).onAuthenticationFailure(request, response, refused);
            return;
        }
        String code = refused instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : null;
        log.info("single sign-on refused: {} ({})", code, refused.getMessage());
        boolean badToken = "invalid_id_token".equals(code) || OAuth2ErrorCodes.INVALID_TOKEN.equals(code);
        refuse(null, request, badToken ? LoginRefused.Reason.INVALID_ID_TOKEN : LoginRefused.Reason.SSO_FAILED);
        failed.onAuthenticationFailure(request, response, refused);
    }

    private void refuse(String username, HttpServletRequest request, LoginRefused.Reason reason) {
        events.publishEvent(new LoginRefused(username, request.getRemoteAddr(), reason, clock.instant()));
    }
}
