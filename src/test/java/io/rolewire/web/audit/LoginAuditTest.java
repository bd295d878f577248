package io.rolewire.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.Integrity;
import io.rolewire.runs.events.LoginRefused;
import io.rolewire.runs.events.LoginSucceeded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-ins and refused sign-ins are on the chained record, as audit events of no run. */
@SpringBootTest(
        properties = {
            "rolewire.security.users[0].username=login-audited",
            "rolewire.security.users[0].password={noop}login-audited-pw",
            "rolewire.security.users[0].roles=REVIEWER"
        })
@AutoConfigureMockMvc
class LoginAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventLog eventLog;

    @Autowired
    Integrity integrity;

    @Test
    void aRefusedAndASuccessfulSignInAreRecordedAndChained() throws Exception {
        mvc.perform(formLogin("/login").user("login-audited").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("login-audited").password("login-audited-pw"))
                .andExpect(authenticated().withUsername("login-audited"));

        assertThat(eventLog.recentAuditEvents(2))
                .extracting(AuditEvent::event)
                .containsExactly(
                        new LoginSucceeded("login-audited", "127.0.0.1"),
                        new LoginRefused("login-audited", "127.0.0.1", "BAD_CREDENTIALS"));
        assertThat(integrity.verifyChain().ok()).isTrue();
    }

    @Test
    void aNameLongerThanAnyUsersIsRecordedCut() throws Exception {
        String name = "x".repeat(5000);
        mvc.perform(formLogin("/login").user(name).password("wrong")).andExpect(redirectedUrl("/login?error"));

        AuditEvent refused = eventLog.recentAuditEvents(1).get(0);
        assertThat(refused.actor()).hasSize(128);
        assertThat(refused.event()).isEqualTo(new LoginRefused("x".repeat(128), "127.0.0.1", "BAD_CREDENTIALS"));
    }
}
