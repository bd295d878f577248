package io.rolewire.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.security.SecurityTestImports;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Errors outside the browser controllers (unmapped URLs, access denied by the URL rules, crashes)
 * are forwarded by the container to /error; MockMvc does not forward, so these tests call /error
 * the way the container does.
 */
@WebMvcTest(controllers = LoginController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
// Boot registers its error view resolver (error/403.html, error/404.html) only next to a real
// DispatcherServlet, which the slice does not create by itself.
@ImportAutoConfiguration(DispatcherServletAutoConfiguration.class)
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void forbiddenShowsTheAccessDeniedPage() throws Exception {
        mvc.perform(errorDispatch(403, "/wizard", null))
                .andExpect(xpath("//h1").string("Access denied"))
                .andExpect(xpath("//title").string("Access denied · Rolewire"));
    }

    @Test
    void notFoundShowsTheNotFoundPage() throws Exception {
        mvc.perform(errorDispatch(404, "/no-such-page", null))
                .andExpect(xpath("//h1").string("Not found"));
    }

    @Test
    void aCrashShowsTheGenericPageWithoutStackTraceOrMessage() throws Exception {
        IllegalStateException crash = new IllegalStateException("secret-detail-from-the-database");
        mvc.perform(errorDispatch(500, "/runs", crash))
                .andExpect(xpath("//h1").string("Something went wrong"))
                .andExpect(xpath("//*[@id='error-status']").string("500"))
                .andExpect(content().string(not(containsString("secret-detail-from-the-database"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at io.rolewire"))));
    }

    private static MockHttpServletRequestBuilder errorDispatch(int status, String path, Throwable error) {
        MockHttpServletRequestBuilder request = get("/error")
                .accept(MediaType.TEXT_HTML)
                .with(user("operator").roles("OPERATOR"))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
        return error == null ? request : request.requestAttr(RequestDispatcher.ERROR_EXCEPTION, error);
    }
}
