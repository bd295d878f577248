package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Last use is written at most once a minute per token, so token traffic is not a write per request;
 * with the token kept in memory (the application's own cache here), it is written all the same.
 */
@SecurityFlowTest
class TokenLastUsedTest {

    @Autowired
    ApiTokenStore store;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    VerifiedTokenCache cache;

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() {
        ApiTokens.IssuedToken issued = tokens.create("operator", "busy", TokenValidity.DAYS_90, Set.of());
        TokenAuthenticator authenticator = new TokenAuthenticator(store, cache, users, clock);

        assertThat(authenticator.authenticate(issued.secret())).isPresent();
        assertThat(lastUsed(issued)).isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(59));
        assertThat(authenticator.authenticate(issued.secret())).isPresent();
        assertThat(lastUsed(issued))
                .as("within the minute: no write")
                .isEqualTo(clock.instant().minusSeconds(59));

        clock.advance(Duration.ofSeconds(2));
        assertThat(authenticator.authenticate(issued.secret()))
                .hasValueSatisfying(a -> assertThat(a.getName()).isEqualTo("operator"))
                .hasValueSatisfying(a -> assertThat(a.getAuthorities())
                        .extracting(GrantedAuthority::getAuthority)
                        .containsExactly("ROLE_OPERATOR"));
        assertThat(lastUsed(issued)).isEqualTo(clock.instant());
    }

    private Instant lastUsed(ApiTokens.IssuedToken issued) {
        return tokens.list("operator").stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow()
                .lastUsedAt();
    }
}
