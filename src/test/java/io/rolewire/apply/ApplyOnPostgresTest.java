package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.Integrity;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.LocalPostgres;
import io.rolewire.testsupport.RequiresPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The apply under the {@code prod} profile on a real PostgreSQL 15 and Floci: step records, live
 * plans and verifications (V6) and the chained events of two threads writing at once.
 */
@RequiresPostgres
@ActiveProfiles("prod")
class ApplyOnPostgresTest extends FlociApplyContext {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry);
    }

    @Autowired
    Integrity integrity;

    @Test
    void aFailedApplyIsRetriedToVerifiedAndTheEventChainStaysIntact() {
        Run run = approved(Scenario.of(30).seed003(true, true));
        proxy().faults().fail("PutRolePolicy", "LimitExceeded", 1);

        applies.apply(run.id(), OPERATOR);
        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.FAILED);
        applies.retry(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(run.id()).steps())
                .allSatisfy(s -> assertThat(s.attempt()).isEqualTo(2));
        assertThat(plans.latest(run.id())).isPresent();
        assertThat(integrity.verifyRun(run.id()).ok()).isTrue();
    }
}
