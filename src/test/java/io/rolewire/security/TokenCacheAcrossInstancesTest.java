package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances of Rolewire on one database, each with its own {@link VerifiedTokenCache}, polled by
 * hand on a shared simulated monotonic clock: what one keeps in memory, and what a revocation made
 * on the other does to it (ADR 015).
 */
@SecurityFlowTest
class TokenCacheAcrossInstancesTest {

    static final Duration LEASE = Duration.ofSeconds(1);

    @Autowired
    ApiTokenStore store;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    final AtomicLong nanos = new AtomicLong();
    final List<Duration> waits = new ArrayList<>();

    @Test
    void aKeptTokenIsAnsweredFromMemoryWhileLeasedAndFromTheDatabaseAfter() {
        Instance a = new Instance(store);
        ApiTokens.IssuedToken issued = tokens.create("operator", "kept", TokenValidity.DAYS_7, Set.of());
        a.cache.poll();
        assertThat(a.authenticator.authenticate(issued.secret())).isPresent();

        // behind the cache's back (no revision): only a read of the database can see this
        expireInTheDatabase(issued);
        nanos.addAndGet(LEASE.toNanos() - 1);
        assertThat(a.authenticator.authenticate(issued.secret()))
                .as("within the lease: from memory")
                .isPresent();

        nanos.addAndGet(1);
        assertThat(a.authenticator.authenticate(issued.secret()))
                .as("lease over, no poll: read again")
                .isEmpty();
    }

    @Test
    void whenARevocationIsConfirmedNoOtherInstanceAcceptsTheTokenEvenWithoutPolling() {
        Instance a = new Instance(store);
        Instance b = new Instance(store);
        ApiTokens.IssuedToken issued = tokens.create("operator", "shared", TokenValidity.DAYS_7, Set.of());
        a.cache.poll();
        b.cache.poll();
        assertThat(a.authenticator.authenticate(issued.secret())).isPresent();
        assertThat(b.authenticator.authenticate(issued.secret())).isPresent();

        assertThat(b.tokens.revoke("operator", issued.token().id()))
                .hasValueSatisfying(t -> assertThat(t.revokedAt()).isNotNull());

        assertThat(waits).containsExactly(LEASE);
        assertThat(b.authenticator.authenticate(issued.secret())).isEmpty();
        assertThat(a.authenticator.authenticate(issued.secret()))
                .as("a's lease began before the revocation, so it ended during b's wait")
                .isEmpty();
    }

    @Test
    void aPollAfterARevocationElsewhereDropsWhatWasKept() {
        Instance a = new Instance(store);
        ApiTokens.IssuedToken issued = tokens.create("operator", "polled", TokenValidity.DAYS_7, Set.of());
        a.cache.poll();
        assertThat(a.authenticator.authenticate(issued.secret())).isPresent();

        store.revoke("operator", issued.token().id(), Instant.now());
        a.cache.poll();

        assertThat(a.authenticator.authenticate(issued.secret()))
                .as("the revision moved: a read the database although its lease is renewed")
                .isEmpty();
    }

    @Test
    void theRevokingInstanceWaitsOnlyOnceTheRevocationAndItsRevisionAreCommitted() {
        long before = store.revision();
        ApiTokens.IssuedToken issued = tokens.create("operator", "committed", TokenValidity.DAYS_7, Set.of());
        List<String> seenDuringTheWait = new ArrayList<>();
        VerifiedTokenCache cache = new VerifiedTokenCache(
                store,
                LEASE,
                nanos::get,
                d -> seenDuringTheWait.add(revokedAt(issued) + " at revision " + (store.revision() - before)));
        LocalApiTokens revoking = new LocalApiTokens(store, cache, users, noClock());

        revoking.revoke("operator", issued.token().id());
        revoking.revoke("operator", issued.token().id());

        assertThat(seenDuringTheWait)
                .as("a double click waits too; the revision moves once")
                .hasSize(2)
                .allSatisfy(seen -> assertThat(seen).doesNotStartWith("null").endsWith("at revision 1"));
    }

    @Test
    void aPollThatFailsLetsTheLeaseLapseAndTheDatabaseIsReadAgain() {
        AtomicLong failing = new AtomicLong();
        ApiTokenStore flaky = new ApiTokenStore(jdbc) {
            @Override
            long revision() {
                if (failing.get() > 0) {
                    throw new DataAccessResourceFailureException("connection refused");
                }
                return super.revision();
            }
        };
        Instance a = new Instance(flaky);
        ApiTokens.IssuedToken issued = tokens.create("operator", "flaky", TokenValidity.DAYS_7, Set.of());
        a.cache.poll();
        assertThat(a.authenticator.authenticate(issued.secret())).isPresent();
        expireInTheDatabase(issued);

        failing.set(1);
        nanos.addAndGet(LEASE.toNanos() / 2);
        a.cache.poll();
        nanos.addAndGet(LEASE.toNanos() / 2);

        assertThat(a.authenticator.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void lastUseStaysWithinAMinuteWhenTwoInstancesServeOneToken() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
        Instance a = new Instance(store, clock);
        Instance b = new Instance(store, clock);
        ApiTokens.IssuedToken issued = tokens.create("operator", "two", TokenValidity.DAYS_90, Set.of());
        a.cache.poll();
        b.cache.poll();
        b.authenticator.authenticate(issued.secret()); // b keeps it, last used 10:00:00
        clock.advance(Duration.ofSeconds(120));
        a.authenticator.authenticate(issued.secret()); // writes 10:02:00

        clock.advance(Duration.ofSeconds(10));
        b.authenticator.authenticate(issued.secret()); // too old in b's memory: its write finds 10:02:00
        assertThat(lastUsed(issued)).isEqualTo(Instant.parse("2026-12-04T10:02:00Z"));

        clock.set(Instant.parse("2026-12-04T10:03:01Z"));
        b.authenticator.authenticate(issued.secret());
        assertThat(lastUsed(issued))
                .as("b counted its minute from the stored 10:02:00, not from 10:02:10")
                .isEqualTo(clock.instant());
    }

    private void expireInTheDatabase(ApiTokens.IssuedToken issued) {
        jdbc.sql("update api_tokens set expires_at = ? where id = ?")
                .params(
                        OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                        issued.token().id())
                .update();
    }

    private Instant revokedAt(ApiTokens.IssuedToken issued) {
        return tokens.list("operator").stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow()
                .revokedAt();
    }

    private Instant lastUsed(ApiTokens.IssuedToken issued) {
        return tokens.list("operator").stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow()
                .lastUsedAt();
    }

    private static org.springframework.beans.factory.ObjectProvider<Clock> noClock() {
        return new DefaultListableBeanFactory().getBeanProvider(Clock.class);
    }

    /** One Rolewire instance's token path; its waits for other instances move the shared clock. */
    final class Instance {
        final VerifiedTokenCache cache;
        final TokenAuthenticator authenticator;
        final LocalApiTokens tokens;

        Instance(ApiTokenStore store) {
            this(store, Clock.systemUTC());
        }

        Instance(ApiTokenStore store, Clock clock) {
            cache = new VerifiedTokenCache(store, LEASE, nanos::get, wait -> {
                waits.add(wait);
                nanos.addAndGet(wait.toNanos());
            });
            authenticator = new TokenAuthenticator(store, cache, users, clock);
            tokens = new LocalApiTokens(store, cache, users, noClock());
        }
    }
}
