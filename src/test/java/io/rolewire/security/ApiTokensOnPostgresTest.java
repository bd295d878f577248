package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.LocalPostgres;
import io.rolewire.testsupport.RequiresPostgres;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * V12, V20 and every token query on a real PostgreSQL: issue, authenticate, last use, list, revoke
 * (which moves the revocation revision in its transaction).
 */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles("prod")
class ApiTokensOnPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry);
    }

    @Autowired
    ApiTokens tokens;

    @Autowired
    TokenAuthenticator authenticator;

    @Autowired
    ApiTokenStore store;

    @Test
    void aTokenLivesItsWholeLifeOnPostgres() {
        ApiTokens.IssuedToken issued =
                tokens.create("admin", "pg " + System.nanoTime(), TokenValidity.DAYS_7, Set.of(Role.ADMIN));

        assertThat(authenticator.authenticate(issued.secret()))
                .hasValueSatisfying(a -> assertThat(a.getAuthorities())
                        .extracting(GrantedAuthority::getAuthority)
                        .containsExactly("ROLE_ADMIN"));
        ApiToken listed = tokens.list("admin").stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow();
        assertThat(listed.roles()).containsExactly(Role.ADMIN);
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(listed.expiresAt()).isEqualTo(issued.token().expiresAt());

        long revision = store.revision();
        assertThat(tokens.revoke("admin", issued.token().id()))
                .hasValueSatisfying(t -> assertThat(t.status(Instant.now())).isEqualTo(ApiToken.Status.REVOKED));
        assertThat(store.revision()).isEqualTo(revision + 1);
        assertThat(authenticator.authenticate(issued.secret())).isEmpty();
    }
}
