package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Single sign-on against a real OIDC provider running in the test, with local users still on:
 * sign-in, group → role mapping, refusal without a mapped group, sign-out at the provider, and an
 * ID token from another issuer.
 */
@SpringBootTest(
        properties = {
            "rolewire.security.oidc.provider-name=Test <IdP>",
            "rolewire.security.oidc.role-mapping.rolewire-admins=ADMIN",
            "rolewire.security.oidc.role-mapping.rolewire-operators=OPERATOR",
            "rolewire.security.oidc.role-mapping.[/platform/reviewers]=REVIEWER"
        })
@AutoConfigureMockMvc
@RecordApplicationEvents
class OidcLoginTest {

    static final OidcProvider idp = new OidcProvider();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry properties) {
        idp.register(properties);
    }

    @AfterAll
    static void stopProvider() {
        idp.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventLog eventLog;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApiTokens apiTokens;

    @Test
    void aPersonInTheAdminGroupSignsInAsAdminUnderTheirPreferredUsername() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn("sub-ada", Map.of("preferred_username", "ada", "groups", List.of("rolewire-admins", "staff")));

        idp.signIn(mvc, session)
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("ada"));

        mvc.perform(get("/approvals").session(session)).andExpect(status().isOk());
        assertThat(events.stream(LoginSucceeded.class).map(LoginSucceeded::username))
                .containsExactly("ada");
        assertThat(eventLog.recentAuditEvents(1).get(0).event())
                .isEqualTo(new io.rolewire.runs.events.LoginSucceeded("ada", "127.0.0.1"));
    }

    @Test
    void anOperatorIsRefusedTheApprovalsAndIsNamedBySubWithoutAUsernameClaim() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn("sub-otto", Map.of("groups", List.of("rolewire-operators")));

        idp.signIn(mvc, session).andExpect(authenticated().withUsername("sub-otto"));

        mvc.perform(get("/approvals").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/wizard").session(session))
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/wizard/"));
    }

    @Test
    void aGroupWithSlashesMapsThroughABracketedKey() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn("sub-rita", Map.of("preferred_username", "rita", "groups", List.of("/platform/reviewers")));

        idp.signIn(mvc, session).andExpect(authenticated().withUsername("rita"));

        mvc.perform(get("/wizard").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void aPersonWithNoMappedGroupIsRefusedWithAReasonOnTheRecord() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn("sub-mal", Map.of("preferred_username", "mallory", "groups", List.of("marketing")));

        idp.signIn(mvc, session).andExpect(redirectedUrl("/login?unmapped")).andExpect(unauthenticated());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").param("unmapped", ""))
                .andExpect(xpath("//*[@id='login-unmapped']")
                        .string(org.hamcrest.Matchers.containsString("none of your groups gives you a role")));
        assertThat(events.stream(LoginRefused.class))
                .extracting(LoginRefused::username, LoginRefused::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mallory", LoginRefused.Reason.NO_MAPPED_ROLE));
        AuditEvent recorded = eventLog.recentAuditEvents(1).get(0);
        assertThat(recorded.event())
                .isEqualTo(new io.rolewire.runs.events.LoginRefused("mallory", "127.0.0.1", "NO_MAPPED_ROLE"));
        assertThat(events.stream(LoginSucceeded.class)).isEmpty();
    }

    @Test
    void aProviderUserNamedLikeALocalUserIsRefusedSoOneNameNeverMeansTwoPeople() throws Exception {
        idp.nextSignIn("sub-imposter", Map.of("preferred_username", "Admin", "groups", List.of("rolewire-operators")));

        idp.signIn(mvc, new MockHttpSession())
                .andExpect(redirectedUrl("/login?ssoError"))
                .andExpect(unauthenticated());

        assertThat(events.stream(LoginRefused.class))
                .extracting(LoginRefused::username, LoginRefused::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Admin", LoginRefused.Reason.NAME_TAKEN));
    }

    @Test
    void aPersonWithoutAGroupsClaimIsRefusedToo() throws Exception {
        idp.nextSignIn("sub-nog", Map.of("preferred_username", "nogroups"));

        idp.signIn(mvc, new MockHttpSession())
                .andExpect(redirectedUrl("/login?unmapped"))
                .andExpect(unauthenticated());
    }

    @Test
    void signingOutEndsTheLocalSessionAndThenTheProvidersSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn("sub-ada", Map.of("preferred_username", "ada", "groups", List.of("rolewire-admins")));
        idp.signIn(mvc, session).andExpect(authenticated());

        String location = mvc.perform(post("/logout").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        URI endSession = URI.create(location);
        assertThat(location).startsWith(idp.issuer(OidcProvider.ISSUER_ID) + "/endsession?");
        assertThat(OidcProvider.queryParam(endSession, "id_token_hint")).isNotBlank();
        assertThat(OidcProvider.queryParam(endSession, "post_logout_redirect_uri"))
                .isEqualTo("http://localhost/login?logout");
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        URI authorize = OidcProvider.startSignIn(mvc, session);
        String nonce = OidcProvider.queryParam(authorize, "nonce");
        String state = OidcProvider.queryParam(authorize, "state");
        // a well-formed token for this client, nonce included, but issued and signed by another issuer
        String foreign = idp.server
                .issueToken(
                        "another-issuer",
                        OidcProvider.CLIENT_ID,
                        new DefaultOAuth2TokenCallback(
                                "another-issuer",
                                "sub-eve",
                                "JWT",
                                List.of(OidcProvider.CLIENT_ID),
                                Map.of(
                                        "nonce",
                                        nonce,
                                        "preferred_username",
                                        "eve",
                                        "groups",
                                        List.of("rolewire-admins")),
                                3600))
                .serialize();
        idp.nextTokenResponse("{\"access_token\":\"" + foreign + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"scope\":\"openid profile email\",\"id_token\":\"" + foreign + "\"}");

        mvc.perform(get("/login/oauth2/code/oidc")
                        .param("code", "any-code")
                        .param("state", state)
                        .session(session))
                .andExpect(redirectedUrl("/login?ssoError"))
                .andExpect(unauthenticated());

        assertThat(events.stream(LoginRefused.class))
                .extracting(LoginRefused::username, LoginRefused::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, LoginRefused.Reason.INVALID_ID_TOKEN));
        assertThat(events.stream(LoginSucceeded.class)).isEmpty();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPersonSignedInThroughTheProviderIsToldApiTokensAreForLocalAccounts() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn("sub-tia", Map.of("preferred_username", "tia", "groups", List.of("rolewire-operators")));
        idp.signIn(mvc, session).andExpect(authenticated().withUsername("tia"));

        mvc.perform(get("/tokens").session(session))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='token-local-only']").exists())
                .andExpect(xpath("//form[@id='token-create']").doesNotExist());
        mvc.perform(post("/tokens")
                        .with(csrf())
                        .session(session)
                        .param("name", "ci")
                        .param("validity", "DAYS_7"))
                .andExpect(status().isOk());
        assertThat(apiTokens.list("tia")).isEmpty();
    }

    @Test
    void theSignInPageOffersTheProviderEscapedAndTheLocalForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(xpath("//a[@id='login-sso']/@href").string(SignInOptions.SINGLE_SIGN_ON_PATH))
                .andExpect(xpath("//a[@id='login-sso']").string("Sign in with Test <IdP>"))
                .andExpect(
                        xpath("//form[@action='/login']//input[@name='_csrf']").exists())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("form-action 'self' http://127.0.0.1:"
                                        + idp.server.baseUrl().port())));
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("Test &lt;IdP&gt;")
                .doesNotContain("Test <IdP>");
    }

    @Test
    void localUsersStillSignInWithTheirPassword() throws Exception {
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                "/login")
                        .user("admin")
                        .password("admin-pw"))
                .andExpect(authenticated().withUsername("admin"))
                .andExpect(redirectedUrl("/"));
    }
}
