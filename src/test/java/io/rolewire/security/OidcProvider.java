package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A real OpenID Connect provider inside the test (mock-oauth2-server on 127.0.0.1, a random
 * port), and the browser's side of the authorization code flow: MockMvc plays the application,
 * a plain HTTP client the visit to the provider.
 */
final class OidcProvider implements AutoCloseable {

    static final String ISSUER_ID = "rolewire-idp";
    static final String CLIENT_ID = "rolewire-test";

    private final AtomicReference<String> nextTokenResponse = new AtomicReference<>();
    final MockOAuth2Server server = new MockOAuth2Server(new CannedTokenResponse(nextTokenResponse));
    final String clientSecret = newSecret();
    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    OidcProvider() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newSecret() {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    String issuer(String issuerId) {
        return "http://127.0.0.1:" + server.baseUrl().port() + "/" + issuerId;
    }

    /** rolewire.security.oidc.* pointing at this provider; role mappings as the test wants them. */
    void register(DynamicPropertyRegistry properties) {
        properties.add("rolewire.security.oidc.enabled", () -> "true");
        properties.add("rolewire.security.oidc.issuer-uri", () -> issuer(ISSUER_ID));
        properties.add("rolewire.security.oidc.client-id", () -> CLIENT_ID);
        properties.add("rolewire.security.oidc.client-secret", () -> clientSecret);
    }

    /** The person the provider signs in next: their subject and the claims of their ID token. */
    void nextSignIn(String subject, Map<String, Object> claims) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    /** Clicks "Sign in with ...": returns the provider's authorization URL the application redirected to. */
    static URI startSignIn(MockMvc mvc, MockHttpSession session) throws Exception {
        String location = mvc.perform(get(SignInOptions.SINGLE_SIGN_ON_PATH).session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).as("redirect to the provider").isNotNull();
        return URI.create(location);
    }

    /** The whole flow: to the provider, which signs the person in and sends the browser back with a code. */
    ResultActions signIn(MockMvc mvc, MockHttpSession session) throws Exception {
        URI authorize = startSignIn(mvc, session);
        assertThat(authorize.toString()).startsWith(issuer(ISSUER_ID) + "/authorize?");
        HttpResponse<Void> atProvider =
                browser.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.discarding());
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        return mvc.perform(get(URI.create(callback)).session(session));
    }

    /** The provider's token endpoint answers the next exchange with this JSON instead of minting tokens. */
    void nextTokenResponse(String json) {
        nextTokenResponse.set(json);
    }

    static String queryParam(URI uri, String name) {
        String raw = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
        return raw == null ? null : UriUtils.decode(raw, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** A route in front of the provider's own: one canned token response, when the test has set one. */
    private record CannedTokenResponse(AtomicReference<String> next) implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token")
                    && next.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(
                    Headers.of("Content-Type", "application/json"), 200, next.getAndSet(null), null);
        }
    }
}
