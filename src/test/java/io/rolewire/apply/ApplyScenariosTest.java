package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.aws.StubRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The apply's scenarios of issue 3, asserted on the requests the SDK sent as much as on our state. */
class ApplyScenariosTest extends StubbedApplyContext {

    @Test
    void createsEverythingFromNothingInOrderAndEndsVerified() {
        Run run = approved(seed003(true));

        applies.apply(run.id(), OPERATOR);
        Run done = settle(run.id());

        assertThat(done.status()).isEqualTo(RunStatus.VERIFIED);
        List<String> writes = stub.writes().stream().map(StubRequest::operation).toList();
        assertThat(writes)
                .containsExactlyInAnyOrder("CreateRole", "PutRolePolicy", "RegisterTaskDefinition", "CreateRole");
        assertThat(stub.writes().get(0).parameter("RoleName")).isEqualTo(SOURCE_ROLE);
        ApplyProgress progress = applies.progress(run.id());
        assertThat(progress.steps())
                .allSatisfy(step -> assertThat(step.outcome()).isIn(StepOutcome.DONE, StepOutcome.SKIPPED));
        assertThat(progress.verification())
                .hasValueSatisfying(v -> assertThat(v.verified()).isTrue());
    }
}
