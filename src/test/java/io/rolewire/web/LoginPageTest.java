package io.rolewire.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.security.SecurityTestImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = LoginController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class LoginPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageHasLabelledFieldsAndCsrf() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(xpath("//html/@lang").string("en"))
                .andExpect(xpath("//title").string(containsString("Sign in")))
                .andExpect(xpath("//label[@for='username']").string("Username"))
                .andExpect(xpath("//label[@for='password']").string("Password"))
                .andExpect(
                        xpath("//form[@action='/login']//input[@name='_csrf']").exists())
                .andExpect(content().string(not(containsString("Invalid username or password"))))
                // users are configured: nothing was generated, so nothing is said about it
                .andExpect(xpath("//*[@id='login-generated']").doesNotExist());
    }

    @Test
    void showsTheErrorAfterAFailedLogin() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(xpath("//*[@id='login-error']").string("Invalid username or password"));
    }

    @Test
    void showsSignedOutAfterLogout() throws Exception {
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(xpath("//*[@id='login-signed-out']").string("You have been signed out"));
    }

    @Test
    void theConfiguredUsersSignInAndLandOnTheStartPage() throws Exception {
        mvc.perform(formLogin("/login").user("operator").password("operator-pw"))
                .andExpect(authenticated().withUsername("operator").withRoles("OPERATOR"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithTheError() throws Exception {
        mvc.perform(formLogin("/login").user("operator").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingOutRedirectsToTheSignedOutMessage() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/runs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
