package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.OrphanSweep;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.Seed003;
import io.rolewire.testsupport.aws.InMemoryAccounts;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sweep over stored runs (the database) and in-memory accounts (no AWS). */
@PersistenceSlice
class OrphanSweeperTest {

    private static final String ROLE = Seed003.DESTINATION_ROLE;

    @Autowired
    Runs runs;

    @Autowired
    JdbcClient jdbc;

    private final InMemoryAccounts aws = new InMemoryAccounts();

    @Test
    void aUniqueIdInAWiredRolesTrustIsReportedWithTheRunsWhoseArnIsGone() {
        Run recreated = wired(PlainApplyInputs.seed003(false));
        Run intact = wired(withSourceRole("still-here"));
        aws.account(ApplyFakes.DESTINATION)
                .withRole(
                        ROLE,
                        "{\"Version\":\"2012-10-17\",\"Statement\":["
                                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"AROAEXAMPLEID1234567\"},"
                                + "\"Action\":\"sts:AssumeRole\"},"
                                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/still-here\"},"
                                + "\"Action\":\"sts:AssumeRole\"}]}");

        OrphanSweep.Result result = sweeper(true).sweep();

        assertThat(result.rolesRead()).isEqualTo(1);
        assertThat(result.orphans()).singleElement().satisfies(orphan -> {
            assertThat(orphan.principal()).isEqualTo("AROAEXAMPLEID1234567");
            assertThat(orphan.roleName()).isEqualTo(ROLE);
            assertThat(orphan.accountId()).isEqualTo(ApplyFakes.DESTINATION);
            assertThat(orphan.suspectRuns()).containsExactly(recreated.id()).doesNotContain(intact.id());
        });
        assertThat(aws.calls()).allMatch(c -> c.operation().equals("GetRole"));
    }

    @Test
    void aCleanTrustADeletedRoleAndADraftGiveNothingAndAnUnreadableAccountIsSaid() {
        wired(PlainApplyInputs.seed003(false));
        runs.createDraft(
                withSourceRole("draft-only"),
                new Wiring().preview(withSourceRole("draft-only")),
                new Actor("operator"));
        aws.fail("GetRole", "AccessDenied", 1, false);

        OrphanSweep.Result denied = sweeper(true).sweep();
        OrphanSweep.Result absent = sweeper(true).sweep();

        assertThat(denied.orphans()).isEmpty();
        assertThat(denied.unreadable()).singleElement().asString().contains(ROLE, ApplyFakes.DESTINATION);
        assertThat(absent.orphans()).isEmpty();
        assertThat(absent.unreadable()).isEmpty();
    }

    @Test
    void withoutAwsAccessNothingIsReadAndThePageSaysWhy() {
        wired(PlainApplyInputs.seed003(false));

        OrphanSweep.Result result = sweeper(false).sweep();

        assertThat(result.rolesRead()).isZero();
        assertThat(result.unreadable()).hasSize(1);
        assertThat(aws.calls()).isEmpty();
    }

    private OrphanSweeper sweeper(boolean awsAccess) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "apply-messages", "aws-messages");
        messages.setDefaultEncoding("UTF-8");
        return new OrphanSweeper(
                jdbc,
                aws,
                new Wiring(),
                new AwsText(messages),
                new ApplyProperties(awsAccess, null, null, null, null, null, null));
    }

    private Run wired(WiringInput input) {
        Run run = runs.createDraft(input, new Wiring().preview(input), new Actor("operator"));
        jdbc.sql("update runs set status = 'VERIFIED' where id = :id")
                .param("id", run.id())
                .update();
        return run;
    }

    private static WiringInput withSourceRole(String name) {
        WiringInput seed = PlainApplyInputs.seed003(false);
        return new WiringInput(
                seed.workload(),
                seed.region(),
                new io.rolewire.wiring.SourceRole(seed.source().accountId(), name, true),
                seed.destination(),
                seed.ecs(),
                seed.ec2());
    }
}
