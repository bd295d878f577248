package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.LoginSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real servlet container (where Boot's error page lives, unlike MockMvc): a browser
 * that sends a wrong method or asks for an unknown page gets a page, never JSON or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aWrongMethodOnABrowserUrlIsAnHtmlErrorPage() throws Exception {
        LoginSession session = LoginSession.signIn(port, "operator", "operator-pw");

        // submit is POST-only; a GET passes CSRF (safe method) and reaches method matching
        HttpResponse<String> response = session.send(HttpRequest.newBuilder(session.uri("/runs/1/submit"))
                .header("Accept", "text/html")
                .GET());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html").doesNotContain("Exception", "\"status\"");
    }

    @Test
    void anUnknownPageIsTheNotFoundPage() throws Exception {
        LoginSession session = LoginSession.signIn(port, "reviewer", "reviewer-pw");

        HttpResponse<String> response = session.send(HttpRequest.newBuilder(session.uri("/no-such-page"))
                .header("Accept", "text/html")
                .GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html").doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/runs"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }
}
