package io.rolewire.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session over plain HTTP: signs in through the login form with its CSRF token. */
public final class LoginSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client;
    private final int port;

    private LoginSession(HttpClient client, int port) {
        this.client = client;
        this.port = port;
    }

    public static LoginSession signIn(int port, String username, String password)
            throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        LoginSession session = new LoginSession(client, port);
        String loginPage = session.send(
                        HttpRequest.newBuilder(session.uri("/login")).GET())
                .body();
        Matcher token = CSRF.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        int status = session.send(HttpRequest.newBuilder(session.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in answered " + status);
        }
        return session;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
