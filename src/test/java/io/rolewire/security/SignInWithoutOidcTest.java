package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

/** The default: OIDC off. Nothing of it exists (so no issuer is contacted), and sign-in is the form only. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInWithoutOidcTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void noClientRegistrationExistsAndTheProvidersPathIsJustAProtectedPage() throws Exception {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(OidcLogin.class)).isEmpty();

        mvc.perform(get(SignInOptions.SINGLE_SIGN_ON_PATH)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInPageHasTheFormAndNoProviderButton() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(xpath("//form[@action='/login']").exists())
                .andExpect(xpath("//a[@id='login-sso']").doesNotExist());
    }
}
