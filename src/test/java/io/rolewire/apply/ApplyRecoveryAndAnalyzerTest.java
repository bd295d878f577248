package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Start-up recovery of a run left without a lease, and Access Analyzer in the plan: Floci has none
 * (its 404 is an analyzer that is not there), so its findings come from the {@code AccessAnalyzerStub}
 * the proxy routes to.
 */
class ApplyRecoveryAndAnalyzerTest extends FlociApplyContext {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationContext context;

    @Test
    void aRunLeftApplyingWithoutALeaseIsOfferedAgainAtStartUpAndResumedToVerified() {
        Scenario s = Scenario.of(24);
        Run run = approved(s.seed003(true, true));
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
        assertThat(writesOf(s))
                .extracting(ProxiedCall::action, ProxiedCall::account)
                .containsOnlyOnce(
                        org.assertj.core.groups.Tuple.tuple("CreateRole", s.source()),
                        org.assertj.core.groups.Tuple.tuple("CreateRole", s.destination()));
    }

    @Test
    void accessAnalyzerFindingsAreShownBesideOursLabelledByOrigin() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer().finding("SECURITY_WARNING", "PASS_ROLE_WITH_STAR_IN_RESOURCE", "Scope it down.");
        Scenario s = Scenario.of(25);

        Run run = approved(s.seed003(true, true));

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(plan.findings())
                .filteredOn(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.label()).isEqualTo("SECURITY_WARNING");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.code()).isEqualTo("PASS_ROLE_WITH_STAR_IN_RESOURCE");
                });
        List<ProxiedCall> validations = callsOf(s).stream()
                .filter(c -> c.action().equals("ValidatePolicy"))
                .toList();
        assertThat(validations)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.succeeded()).isTrue());
    }

    @Test
    void anAnalyzerThatIsNotThereIsOneInfoAndNeverBlocks() {
        // not routed to the stub: Floci answers 404 UnknownOperationException, as an endpoint without it
        Scenario s = Scenario.of(26);

        Run run = approved(s.seed003(true, true));

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        assertThat(plan.findings())
                .filteredOn(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("did not answer");
                });
        assertThat(run.status()).isEqualTo(RunStatus.APPROVED);
        assertThat(callsOf(s))
                .filteredOn(c -> c.action().equals("ValidatePolicy"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(404));
    }
}
