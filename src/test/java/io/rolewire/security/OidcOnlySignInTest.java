package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Local users turned off: the configured users can neither use the form nor HTTP Basic; single sign-on works. */
@SpringBootTest(
        properties = {
            "rolewire.security.local-users.enabled=false",
            "rolewire.security.oidc.provider-name=Keycloak",
            "rolewire.security.oidc.username-claim=email",
            "rolewire.security.oidc.groups-claim=roles",
            "rolewire.security.oidc.role-mapping.rolewire-reviewers=REVIEWER"
        })
@AutoConfigureMockMvc
class OidcOnlySignInTest {

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

    @Test
    void theSignInPageOffersOnlyTheProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(xpath("//a[@id='login-sso']").string("Sign in with Keycloak"))
                .andExpect(xpath("//form[@action='/login']").doesNotExist())
                .andExpect(xpath("//input[@name='password']").doesNotExist());
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aConfiguredLocalUserCanNoLongerSignIn() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("admin-pw")).andExpect(unauthenticated());
        mvc.perform(get("/api/v1/runs").with(httpBasic("admin", "admin-pw"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theConfiguredClaimsNameThePersonAndGiveTheRole() throws Exception {
        MockHttpSession session = new MockHttpSession();
        idp.nextSignIn(
                "sub-rev",
                Map.of(
                        "preferred_username",
                        "ignored",
                        "email",
                        "rev@example.org",
                        "roles",
                        List.of("rolewire-reviewers")));

        idp.signIn(mvc, session).andExpect(authenticated().withUsername("rev@example.org"));

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/wizard").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
    }
}
