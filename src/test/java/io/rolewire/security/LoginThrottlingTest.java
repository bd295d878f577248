package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SecurityFlowTest
class LoginThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Test
    void basicAfterTooManyFailuresAnswers429WithRetryAfterEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/runs").with(httpBasic("api-victim", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/runs").with(httpBasic("api-victim", "api-victim-pw")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.errors[0].field").isEmpty())
                .andExpect(jsonPath("$.errors[0].message", containsString("Too many failed sign-ins")));

        assertThat(events.stream(LoginRefused.class).filter(e -> e.username().equals("api-victim")))
                .extracting(LoginRefused::reason)
                .containsExactly(
                        LoginRefused.Reason.BAD_CREDENTIALS,
                        LoginRefused.Reason.BAD_CREDENTIALS,
                        LoginRefused.Reason.BAD_CREDENTIALS,
                        LoginRefused.Reason.THROTTLED);
    }

    @Test
    void theLoginPageSaysSoWhenTheFormLoginIsThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("form-victim").password("guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user("form-victim").password("form-victim-pw"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(xpath("//*[@id='login-throttled']").string(containsString("Too many failed sign-ins")));
    }

    @Test
    void aFormLoginIsPublishedWithTheClientAddress() throws Exception {
        mvc.perform(formLogin("/login").user("reviewer").password("reviewer-pw"))
                .andExpect(authenticated().withUsername("reviewer"));

        assertThat(events.stream(LoginSucceeded.class)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("reviewer");
            assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
            assertThat(e.at()).isNotNull();
        });
    }

    @Test
    void basicChecksThePasswordOnceAndThenUsesTheVerifiedCredentialCache() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/runs").with(httpBasic("bot", "bot-pw"))).andExpect(status().isOk());
        }

        assertThat(events.stream(LoginSucceeded.class).filter(e -> e.username().equals("bot")))
                .as("only the first request reached the password check")
                .hasSize(1);
    }
}
