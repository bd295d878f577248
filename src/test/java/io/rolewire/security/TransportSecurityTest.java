package io.rolewire.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HSTS is sent only over HTTPS (a browser ignores it over HTTP, and it must not pin a plain-HTTP
 * local try-out), on pages and on the API alike. The SameSite cookie attribute is Tomcat's and is
 * checked against a real server in {@code EdgeReproducersTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TransportSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSecureRequestGetsStrictTransportSecurity() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/api/v1/runs").secure(true).with(httpBasic("reviewer", "reviewer-pw")))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void aPlainHttpRequestDoesNot() throws Exception {
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
