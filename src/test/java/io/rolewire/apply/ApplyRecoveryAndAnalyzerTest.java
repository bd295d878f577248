package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.StubRequest;
import io.rolewire.wiring.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/** Start-up recovery of a run left without a lease, and Access Analyzer in the plan (Floci has none). */
class ApplyRecoveryAndAnalyzerTest extends StubbedApplyContext {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationContext context;

    @Test
    void aRunLeftApplyingWithoutALeaseIsOfferedAgainAtStartUpAndResumedToVerified() {
        Run run = approved(seed003(true));
        // as if a version before leases (V16) had stopped right after the transition, before any step
        lifecycle.startApply(run.id(), OPERATOR, run.lifecycle().approvedPlanHash());
        assertThat(applies.progress(run.id()).running()).isFalse();

        publisher.publishEvent(new ApplicationReadyEvent(
                new org.springframework.boot.SpringApplication(),
                new String[0],
                (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(applies.progress(run.id()).steps())
                .extracting(ApplyStep::outcome)
                .containsOnly(StepOutcome.DONE, StepOutcome.SKIPPED);
        assertThat(stub.requests("CreateRole")).hasSize(2);
    }

    @Test
    void accessAnalyzerFindingsAreShownBesideOursLabelledByOrigin() {
        stub.analyzerFinding("SECURITY_WARNING", "PASS_ROLE_WITH_STAR_IN_RESOURCE", "Scope it down.");

        Run run = approved(seed003(true));

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(plan.findings())
                .filteredOn(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.label()).isEqualTo("SECURITY_WARNING");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.code()).isEqualTo("PASS_ROLE_WITH_STAR_IN_RESOURCE");
                });
        List<StubRequest> validations = stub.requests("ValidatePolicy");
        assertThat(validations).isNotEmpty();
    }

    @Test
    void anAnalyzerThatIsNotThereIsOneInfoAndNeverBlocks() {
        stub.faults().analyzerUnavailable();

        Run run = approved(seed003(true));

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(plan.findings())
                .filteredOn(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("did not answer");
                });
        assertThat(run.status()).isEqualTo(RunStatus.APPROVED);
    }
}
